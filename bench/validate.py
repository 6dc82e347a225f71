"""Benchmark: ``axm-schema validate`` throughput and memory, against baselines run side by side.

    .venv/bin/python bench/validate.py [--lines 200000] [--memory-gb 1.0] [--python-sample 20000]

Figures (ratios are what counts; the machines are shared and noisy):
- CLI throughput on a JSON Lines file of attribute-sized payloads (about 90% valid, the invalid ones
  of varied kinds), with the CLI's fixed start-up (its wall time on a one-line file) subtracted:
  as users run it (worker processes on every usable CPU, ``cli_jobs``) and in one process
  (``--jobs 1``, the ``jobs_1_*`` figures);
- against the parse floor: a plain loop of ``orjson.loads`` over the same lines;
- against python-jsonschema with format checking (``Draft202012Validator`` + ``FormatChecker``,
  what check-jsonschema uses), measured on a sample of the same lines;
- start-up: wall time to validate one small document, against ``check-jsonschema`` on the same
  document and schema (when it is installed: ``pip install check-jsonschema``);
- peak memory (max RSS) of the CLI while validating a JSON Lines file of ``--memory-gb`` GB: of
  its largest process, and summed over it and its workers.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orjson
from jsonschema import Draft202012Validator

from axm_schema import parallel

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-m", "axm_schema"]
SCHEMA = "OrgDeviceActivity.Attributes"
BUNDLE = ROOT / "generated" / "jsonschema" / "strict" / f"{SCHEMA}.schema.json"


def line(i: int) -> bytes:
    """Payload number ``i``: nine in ten valid, the rest broken in one of ten ways."""
    stamp = (
        f"2025-05-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}:{(i * 7) % 60:02d}.{1 + i % 999:03d}Z"
    )
    payload: dict[str, object] = {
        "status": "IN_PROGRESS",
        "subStatus": "SUBMITTED",
        "createdDateTime": stamp,
    }
    if i % 3 == 0:
        payload.update(
            status="COMPLETED",
            subStatus="COMPLETED_WITH_SUCCESS",
            completedDateTime=stamp,
            downloadUrl=f"https://store.blobstore.apple.com/{i}/log.csv?Expires={i}&Signature=a%3D",
        )
    if i % 10 == 9:
        kind = (i // 10) % 10
        if kind == 0:
            payload["createdDateTime"] = stamp.replace("T", " ")
        elif kind == 1:
            payload["status"] = "PAUSED"
        elif kind == 2:
            del payload["subStatus"]
        elif kind == 3:
            payload["activityType"] = "ASSIGN_DEVICES"
        elif kind == 4:
            payload.update(status="FAILED", downloadUrl="https://example.com/log.csv")
        elif kind == 5:
            return json.dumps(payload).encode()[:-9]  # cut short: malformed JSON
        elif kind == 6:
            payload["status"] = None
        elif kind == 7:
            payload["createdDateTime"] = "2025-02-30T10:00:00Z"
        elif kind == 8:
            payload["downloadUrl"] = "https://bücher.example/log.csv"
        else:
            payload["subStatus"] = 7
    return json.dumps(payload).encode()


def write_lines(path: Path, count: int) -> int:
    """Write ``count`` payload lines to ``path``; return the size in bytes."""
    with open(path, "wb") as out:
        for start in range(0, count, 10_000):
            out.write(b"".join(line(i) + b"\n" for i in range(start, min(count, start + 10_000))))
    return path.stat().st_size


def parse_floor(lines: list[bytes]) -> float:
    """Lines a second of the parse floor: a plain ``orjson.loads`` loop (a ``try`` per line;
    ``contextlib.suppress`` would add about as much again as the parse, which made this baseline
    2.2 times slower in sessions 1 and 2)."""
    loads, error = orjson.loads, orjson.JSONDecodeError
    start = time.perf_counter()
    for raw in lines:
        try:  # noqa: SIM105 - contextlib.suppress is the slower spelling this loop must not pay
            loads(raw)
        except error:
            pass
    return len(lines) / (time.perf_counter() - start)


def python_jsonschema(checker: Draft202012Validator, lines: list[bytes]) -> float:
    """Lines a second of python-jsonschema with format checking, errors listed as a CLI would."""
    start = time.perf_counter()
    for raw in lines:
        try:  # noqa: SIM105 - as in parse_floor
            list(checker.iter_errors(json.loads(raw)))
        except json.JSONDecodeError:
            pass
    return len(lines) / (time.perf_counter() - start)


def wall(command: list[str], repeat: int = 1) -> float:
    """Median wall time of ``command`` (output discarded)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _rss_kb(pid: int) -> int:
    with contextlib.suppress(OSError), open(f"/proc/{pid}/status") as status:
        for row in status:
            if row.startswith("VmRSS:"):
                return int(row.split()[1])
    return 0


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            with contextlib.suppress(OSError), open(f"/proc/{entry}/stat") as stat:
                if int(stat.read().rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry))
    return found


def peak_rss_mb(command: list[str]) -> tuple[float, float]:
    """Peak resident set size of ``command``, in MiB: of its largest process (from the kernel),
    and of the sum over it and its worker processes (sampled every 20 ms; pages the workers
    share with it are counted in each, so the sum is an upper bound)."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    total = 0
    while True:
        # wait4 reports this command's tree alone (RUSAGE_CHILDREN would also count the earlier
        # throughput runs and check-jsonschema).
        pid, _, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            process.returncode = 0  # reaped here; Popen must not wait for it again
            return usage.ru_maxrss / 1024, total / 1024
        total = max(total, sum(map(_rss_kb, [process.pid, *_children(process.pid)])))
        time.sleep(0.02)


def main() -> None:
    """Run every measurement and print the figures as JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lines", type=int, default=200_000)
    parser.add_argument("--memory-gb", type=float, default=1.0)
    parser.add_argument("--python-sample", type=int, default=5_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="axm-bench-"))
    try:
        data = work / "payloads.jsonl"
        write_lines(data, args.lines)
        one = work / "one.jsonl"
        one.write_bytes(line(0) + b"\n")
        lines = data.read_bytes().splitlines()

        validate = [*CLI, "validate", "--schema", SCHEMA, "--format", "json"]
        single = [*validate, "--jobs", "1"]
        startup = wall([*validate, str(one)], repeat=5)
        checker = Draft202012Validator(
            json.loads(BUNDLE.read_text()), format_checker=Draft202012Validator.FORMAT_CHECKER
        )
        sample = lines[: args.python_sample]
        cli_rates, single_rates, orjson_rates, python_rates = [], [], [], []
        for _ in range(args.rounds):  # interleaved, so each ratio compares like with like
            orjson_rates.append(parse_floor(lines))
            cli_total = wall([*validate, str(data)])
            cli_rates.append(len(lines) / max(cli_total - startup, 1e-9))
            single_total = wall([*single, str(data)])
            single_rates.append(len(lines) / max(single_total - startup, 1e-9))
            python_rates.append(python_jsonschema(checker, sample))
        ratios_orjson = [c / o for c, o in zip(cli_rates, orjson_rates, strict=True)]
        ratios_python = [c / p for c, p in zip(cli_rates, python_rates, strict=True)]
        single_orjson = [c / o for c, o in zip(single_rates, orjson_rates, strict=True)]
        single_python = [c / p for c, p in zip(single_rates, python_rates, strict=True)]
        cli_rate, orjson_rate = statistics.median(cli_rates), statistics.median(orjson_rates)
        python_rate = statistics.median(python_rates)

        result: dict[str, object] = {
            "lines": len(lines),
            "cli_startup_s": round(startup, 3),
            "cli_per_s": round(cli_rate),
            "orjson_loop_per_s": round(orjson_rate),
            "python_jsonschema_per_s": round(python_rate),
            "ratio_vs_orjson": round(statistics.median(ratios_orjson), 3),
            "ratio_vs_python_jsonschema": round(statistics.median(ratios_python), 1),
            "cli_jobs": parallel.jobs(None),
            "jobs_1_per_s": round(statistics.median(single_rates)),
            "jobs_1_ratio_vs_orjson": round(statistics.median(single_orjson), 3),
            "jobs_1_ratio_vs_python_jsonschema": round(statistics.median(single_python), 1),
        }
        tool = shutil.which("check-jsonschema") or str(
            Path(sys.executable).parent / "check-jsonschema"
        )
        if Path(tool).exists():
            doc = work / "one.json"
            doc.write_bytes(line(0))
            theirs = wall([tool, "--schemafile", str(BUNDLE), str(doc)], repeat=5)
            ours = wall([*validate, str(doc)], repeat=5)
            result.update(
                startup_ours_s=round(ours, 3),
                startup_check_jsonschema_s=round(theirs, 3),
                startup_ratio=round(ours / theirs, 3),
            )
        if args.memory_gb > 0:
            big = work / "big.jsonl"
            count = int(args.memory_gb * 1024**3 / (len(b"".join(lines[:1000])) / 1000 + 1))
            size = write_lines(big, count)
            largest, total = peak_rss_mb([*validate, str(big)])
            result.update(
                memory_file_mb=round(size / 1024**2),
                memory_peak_rss_mb=round(largest, 1),
                memory_peak_rss_all_processes_mb=round(total, 1),
            )
        print(json.dumps(result, indent=2))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
