"""The `temize` command line."""
from __future__ import annotations

import json
import sys
from concurrent.futures.process import BrokenProcessPool
from importlib import resources
from pathlib import Path
from typing import List, Optional

import typer

from . import __version__
from .export import FORMATS, dumps, extension
from .textio import InputError, decode_bytes

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Recover the article from text a PDF extractor left behind.")


TEXT_SUFFIXES = (".txt", ".md", ".markdown")


def _err(msg: str) -> None:
    typer.echo(f"temize: {msg}", err=True)


def _inputs(items: list[str]) -> tuple[list[tuple[str, Path | None]], list[str]]:
    """Expand files, folders (their *.txt and *.md: Markdown from extractors
    that write it) and '-' (standard input)."""
    out: list[tuple[str, Path | None]] = []
    errors: list[str] = []
    for item in items:
        if item == "-":
            out.append(("stdin", None))
            continue
        p = Path(item)
        if p.is_dir():
            try:
                entries = sorted(q for q in p.iterdir() if q.suffix.lower() in TEXT_SUFFIXES)
            except OSError as exc:
                errors.append(f"{p}: cannot list folder ({exc.strerror})")
                continue
            if not entries:
                errors.append(f"{p}: no .txt or .md files in this folder")
            for q in entries:
                if q.is_file():
                    out.append((q.stem, q))
                else:
                    # a broken link or a folder named *.txt: say so, do not skip it
                    errors.append(f"{q}: not a readable file")
        elif p.exists():
            out.append((p.stem, p))
        else:
            errors.append(f"{p}: no such file or folder")
    return out, errors


def _render(job: tuple[str, Path | None, str | None, str]) -> tuple[bool, str]:
    """Recover one input and render it: (True, text) or (False, the one-line
    reason it failed). Runs in a worker process with --jobs."""
    name, path, lang, fmt = job
    try:
        return True, dumps(_recover(name, path, lang), fmt)
    except InputError as exc:
        return False, str(exc)
    except Exception as exc:  # a bug must not cost the other inputs
        return False, f"{path or 'stdin'}: internal error ({type(exc).__name__}: {exc}); please report it"


def _rendered(jobs: list[tuple[str, Path | None, str | None, str]], workers: int):
    """The results of `_render` in input order, from `workers` processes
    when more than one is asked for and no input is standard input."""
    if workers == 1 or len(jobs) < 2 or any(path is None for _, path, _, _ in jobs):
        yield from map(_render, jobs)
        return
    from concurrent.futures import ProcessPoolExecutor
    with ProcessPoolExecutor(max_workers=min(workers, len(jobs))) as pool:
        # (chunks keep the hand-over cheap for many small files)
        yield from pool.map(_render, jobs, chunksize=max(1, min(16, len(jobs) // (4 * workers))))


def _recover(name: str, path: Path | None, lang: str | None):
    from . import recover
    if path is None:
        data = sys.stdin.buffer.read()
        text, enc = decode_bytes(data, "stdin")
    else:
        try:
            data = path.read_bytes()
        except PermissionError:
            raise InputError(f"{path}: permission denied") from None
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
        text, enc = decode_bytes(data, str(path))
    doc = recover(text, lang=lang, doc_id=name)
    doc.layout["encoding"] = enc
    return doc


@app.command()
def clean(
    inputs: List[str] = typer.Argument(..., help="Files, folders (their *.txt and *.md) or - for standard input."),
    fmt: str = typer.Option("json", "--format", "-f", help="json, md, tei or txt."),
    output: Optional[Path] = typer.Option(None, "--output", "-o",
                                          help="Write to this file (one input); - for standard output."),
    out_dir: Optional[Path] = typer.Option(None, "--out-dir", "-d", help="Write DIR/<stem>.<ext> per input."),
    lang: Optional[str] = typer.Option(None, "--lang", help="The document language, if known (tr, en, ...)."),
    jobs: int = typer.Option(1, "--jobs", "-j", help="Processes to recover inputs in; 0 for one per core."),
) -> None:
    """Recover articles and write them in one of four formats."""
    if fmt not in FORMATS:
        _err(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
        raise typer.Exit(2)
    if jobs < 0:
        _err("--jobs takes a number of processes: 1 or more, or 0 for one per core")
        raise typer.Exit(2)
    if jobs == 0:
        import os
        jobs = os.cpu_count() or 1
    items, errors = _inputs(inputs)
    if output is not None and out_dir is not None:
        _err("give either --output or --out-dir, not both")
        raise typer.Exit(2)
    if output is not None and str(output) == "-":
        output = None  # "-o -": standard output, as without the option
    if output is not None and len(items) > 1:
        _err("--output takes one input; use --out-dir for several")
        raise typer.Exit(2)
    if out_dir is not None:
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            _err(f"{out_dir}: cannot create folder ({exc.strerror})")
            raise typer.Exit(2)
    for e in errors:
        _err(e)
    failed = len(errors)
    # two inputs with one name ("a/x.txt", "b/x.txt") must not overwrite
    # each other's output
    taken: dict[str, int] = {}
    named: list[tuple[str, Path | None]] = []
    for name, path in items:
        n = taken.get(name, 0) + 1
        taken[name] = n
        if n > 1 and out_dir is not None:
            _err(f"{path}: {name}.{extension(fmt)} is taken by an earlier input; writing {name}-{n}.{extension(fmt)}")
        named.append((name if n == 1 else f"{name}-{n}", path))
    items = named
    show_progress = len(items) > 1 and sys.stderr.isatty()
    progress = None
    if show_progress:
        from rich.progress import Progress
        progress = Progress(transient=True, console=None)
        progress.start()
        task = progress.add_task("recovering", total=len(items))
    try:
        results = _rendered([(name, path, lang, fmt) for name, path in items], jobs)
        for (name, path), (ok, rendered) in zip(items, results):
            if not ok:
                _err(rendered)
                failed += 1
            else:
                try:
                    if out_dir is not None:
                        (out_dir / f"{name}.{extension(fmt)}").write_text(rendered, encoding="utf-8")
                    elif output is not None:
                        output.write_text(rendered, encoding="utf-8")
                    else:
                        sys.stdout.write(rendered if rendered.endswith("\n") else rendered + "\n")
                except OSError as exc:
                    _err(f"{path or 'stdout'}: cannot write ({exc.strerror or exc})")
                    failed += 1
            if progress is not None:
                progress.advance(task)
    except BrokenProcessPool:
        # a worker died outright (the system killed it): no input's fault
        # can be told apart then
        _err("a worker process died (out of memory?); run again with --jobs 1 to find the input")
        raise typer.Exit(1)
    finally:
        if progress is not None:
            progress.stop()
    if failed:
        raise typer.Exit(1)


@app.command()
def demo(fmt: str = typer.Option("md", "--format", "-f", help="json, md, tei or txt.")) -> None:
    """Recover the sample article that ships with temize and print it."""
    from . import recover
    if fmt not in FORMATS:
        _err(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
        raise typer.Exit(2)
    text = resources.files("temize").joinpath("samples/demo.txt").read_text(encoding="utf-8")
    doc = recover(text, doc_id="demo")
    sys.stdout.write(dumps(doc, fmt))
    removed = {}
    for r in doc.removed:
        removed[r.reason] = removed.get(r.reason, 0) + 1
    _err("removed: " + ", ".join(f"{k} ×{v}" for k, v in sorted(removed.items())))


@app.command()
def dates(text: str = typer.Argument(..., help="The text to read dates from."),
          lang: str = typer.Option("tr", "--lang", help="tr or en.")) -> None:
    """Print the dates in TEXT as JSON: text, ISO value, offsets, calendar."""
    from .knowledge.dates import extract_dates
    typer.echo(json.dumps(extract_dates(text, lang), ensure_ascii=False, indent=1))


@app.command()
def citations(text: str = typer.Argument(..., help="The text to read citations from."),
              lang: Optional[str] = typer.Option(None, "--lang", help="tr or en.")) -> None:
    """Print the author-year citations in TEXT as JSON."""
    from .knowledge.citations import extract_citations
    typer.echo(json.dumps(extract_citations(text, lang), ensure_ascii=False, indent=1))


@app.command()
def version() -> None:
    """Print the version."""
    typer.echo(__version__)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
