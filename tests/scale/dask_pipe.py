"""Map the vnclean CLI over sharded JSONL on a Dask cluster, the way a pipeline pipes records through a
command: one bag partition per shard, each partition's lines piped through `vnclean --jsonl`.

usage: dask_pipe.py SCHEDULER_FILE NODE CLI_JS OUTPUT SHARD... [-- VNCLEAN_ARGS...]
Writes the cleaned records, in shard order, to OUTPUT and a JSON summary to stdout.
"""
import json
import subprocess
import sys

import dask.bag as db
from distributed import Client, get_worker


def main(argv):
    scheduler_file, node, cli, output, *rest = argv
    shards, vnclean_args = (rest[: rest.index("--")], rest[rest.index("--") + 1 :]) if "--" in rest else (rest, [])

    def pipe_partition(lines):
        # The worker runs the CLI as a child process: stdin = the partition's lines, stdout = cleaned records.
        lines = list(lines)
        run = subprocess.run([node, cli, "--jsonl", *vnclean_args], input="".join(lines).encode("utf-8"), capture_output=True)
        return [{
            "worker": get_worker().address,
            "code": run.returncode,
            "stderr": run.stderr.decode("utf-8", "replace"),
            "lines_in": len(lines),
            "stdout": run.stdout.decode("utf-8"),
        }]

    with Client(scheduler_file=scheduler_file, timeout=60) as client:
        client.wait_for_workers(2, timeout=60)
        # blocksize=None: one partition per file, lines kept whole with their "\n".
        bag = db.read_text(shards, blocksize=None, encoding="utf-8")
        parts = bag.map_partitions(pipe_partition).compute()

    failed = [p for p in parts if p["code"] != 0]
    if failed:
        sys.stderr.write(f"vnclean failed on a worker: {failed[0]['stderr']}\n")
        return 1
    with open(output, "w", encoding="utf-8") as out:
        for part in parts:
            out.write(part["stdout"])
    json.dump({
        "partitions": len(parts),
        "workers": sorted({p["worker"] for p in parts}),
        "lines_in": sum(p["lines_in"] for p in parts),
        "lines_out": sum(p["stdout"].count("\n") for p in parts),
    }, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
