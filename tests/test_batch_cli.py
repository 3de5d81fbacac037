"""The ``khabar batch`` command line: registered, validated, helpful on misuse."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.cli import batch_cmd, build_parser, main


def test_batch_cli_is_a_khabar_subcommand_with_its_flags() -> None:
    argv = ["batch", "a.jsonl", "corpus/", "--scheduler", "tcp://10.0.0.5:8786"]
    argv += ["--out", "shards", "--workers", "4", "--resume", "--limit", "100"]
    args = build_parser().parse_args(argv)
    assert args.func is batch_cmd.run
    assert (args.sources, args.scheduler, args.out) == (
        ["a.jsonl", "corpus/"],
        "tcp://10.0.0.5:8786",
        Path("shards"),
    )
    assert (args.workers, args.resume, args.limit, args.partition_size) == (4, True, 100, 200)


def test_batch_cli_needs_somewhere_to_put_results(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["batch", str(tmp_path)]) == 2
    assert "give --out DIR and/or --db URL" in capsys.readouterr().err


def test_batch_cli_names_a_missing_source(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["batch", str(tmp_path / "nope.jsonl"), "--out", str(tmp_path / "o")]) == 2
    assert "nope.jsonl: no such file or folder" in capsys.readouterr().err


def test_batch_cli_rejects_zero_workers(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["batch", "x", "--out", "o", "--workers", "0"])
    assert "expected a whole number ≥ 1" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("flag", "embed"), [([], None), (["--embed"], True), (["--no-embed"], False)]
)
def test_batch_cli_embed_flag_chooses_who_embeds(flag: list[str], embed: bool | None) -> None:
    from khabar.batch import BatchOptions

    args = build_parser().parse_args(["batch", "a.jsonl", "--db", "x.db", "--no-link", *flag])
    assert args.embed is embed
    options = BatchOptions([], db="x.db", link=not args.no_link, embed=args.embed)
    assert options.workers_embed is bool(embed)
