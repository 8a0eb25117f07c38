"""Benchmark the SMS webhook under gunicorn against a bare Flask endpoint, in one run.

Starts two gunicorn servers on loopback (2 sync workers each): the real app on a fresh
database seeded with the demo consultation (SQLite by default, or the PostgreSQL database
given with --postgres, whose tables are dropped and made afresh), and a bare Flask app
that only returns the same TwiML. 20 client threads drive complete signed conversations
(join, seven answers, YES) at each in turn; we print requests/s, p50 and p99 for both,
and the server's CPU time per text (the workers' user + system time from /proc).

    .venv/bin/python bench/sms_webhook.py [--clients 20] [--conversations 8] [--postgres URL]
"""

from __future__ import annotations

import argparse
import http.client
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "bench-twilio-auth-token-0123456789"
CONVERSATION = (
    "VOICE",
    "1",
    "They listened to me this time and explained what was happening.",
    "Someone to talk to who knew about mental health.",
    "4",
    "A key worker who stuck with me.",
    "A flat of my own, somewhere quiet.",
    "2",
    "YES",
)
BARE_REPLY = "How did the police treat you last time you had contact with them? What happened?"


def wsgi_app() -> object:
    """The real app as gunicorn loads it (settings from the environment set by main)."""
    sys.path.insert(0, str(ROOT))
    from consult import create_app

    app = create_app()
    synchronous = os.environ.get("BENCH_SQLITE_SYNCHRONOUS", "")
    if synchronous:  # measure a durability setting without changing the app's own pragmas
        from sqlalchemy import event

        from consult.extensions import db

        with app.app_context():
            engine = db.engine

        @event.listens_for(engine, "connect")
        def _pragma(connection: object, _record: object) -> None:
            cursor = connection.cursor()  # type: ignore[attr-defined]
            cursor.execute(f"PRAGMA synchronous={synchronous}")
            cursor.close()

    return app


def bare_app() -> object:
    """A Flask app that answers every inbound text with the same TwiML and does nothing else."""
    from flask import Flask, Response
    from twilio.twiml.messaging_response import MessagingResponse

    app = Flask("bare")
    document = MessagingResponse()
    document.message(BARE_REPLY)
    body = str(document)

    @app.post("/sms/inbound")
    def inbound() -> Response:
        return Response(body, mimetype="application/xml")

    return app


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start(target: str, port: int, env: dict[str, str]) -> subprocess.Popen[bytes]:
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "--workers",
        "2",
        "--bind",
        f"127.0.0.1:{port}",
        "--chdir",
        str(ROOT),
        "--log-level",
        "warning",
        "--timeout",
        "30",
        target,
    ]
    process = subprocess.Popen(command, env=env)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return process
        except OSError:
            time.sleep(0.1)
    process.terminate()
    raise RuntimeError(f"gunicorn did not start on port {port}")


def stop(process: subprocess.Popen[bytes]) -> None:
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=5)


@dataclass
class Result:
    latencies: list[float]
    elapsed: float
    errors: int
    cpu: float = 0.0  # the server's CPU seconds over the run


def server_cpu(process: subprocess.Popen[bytes]) -> float:
    """CPU seconds used so far by a gunicorn master and its workers."""
    ticks = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            pid, rest = stat.read_text().split(" ", 1)
        except OSError:
            continue
        fields = rest.rsplit(")", 1)[1].split()
        if int(pid) == process.pid or int(fields[1]) == process.pid:
            ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def drive(port: int, clients: int, conversations: int, first_number: int) -> Result:
    """Each client runs ``conversations`` complete, signed conversations from fresh numbers."""
    from twilio.request_validator import RequestValidator

    validator = RequestValidator(TOKEN)
    url = f"http://127.0.0.1:{port}/sms/inbound"
    latencies: list[list[float]] = [[] for _ in range(clients)]
    errors = [0] * clients
    barrier = threading.Barrier(clients + 1)

    def client(index: int) -> None:
        barrier.wait()
        for n in range(conversations):
            number = f"+4477009{first_number + index * conversations + n:05d}"
            for step, body in enumerate(CONVERSATION):
                form = {
                    "MessageSid": f"SM{port:05d}{index:03d}{n:04d}{step:02d}".ljust(34, "0"),
                    "AccountSid": "AC" + "0" * 32,
                    "From": number,
                    "To": "+447700900000",
                    "Body": body,
                    "NumMedia": "0",
                }
                headers = {
                    "Content-Type": "application/x-www-form-urlencoded",
                    "X-Twilio-Signature": validator.compute_signature(url, form),
                }
                started = time.perf_counter()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=15)
                try:
                    connection.request("POST", "/sms/inbound", urllib.parse.urlencode(form), headers)
                    response = connection.getresponse()
                    response.read()
                    if response.status != 200:
                        errors[index] += 1
                except OSError:
                    errors[index] += 1
                finally:
                    connection.close()
                latencies[index].append(time.perf_counter() - started)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    barrier.wait()
    started = time.perf_counter()
    for thread in threads:
        thread.join(timeout=600)
    elapsed = time.perf_counter() - started
    return Result([x for xs in latencies for x in xs], elapsed, sum(errors))


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def line(name: str, result: Result) -> tuple[float, float]:
    rate = len(result.latencies) / result.elapsed
    p50, p99 = percentile(result.latencies, 0.50) * 1000, percentile(result.latencies, 0.99) * 1000
    cpu = result.cpu * 1000 / len(result.latencies)
    print(
        f"{name:<12} {len(result.latencies):>6} req  {rate:>8.1f} req/s  p50 {p50:>6.1f} ms  "
        f"p99 {p99:>6.1f} ms  server CPU {cpu:.2f} ms/text  errors {result.errors}"
    )
    return rate, p99


def prepare(folder: Path, port: int, database_url: str | None) -> dict[str, str]:
    """Environment for a development app on a fresh database, seeded with the demo."""
    from cryptography.fernet import Fernet

    env = {
        **os.environ,
        "CONSULT_ENV": "development",
        "CONSULT_INSTANCE_DIR": str(folder),
        "DATABASE_URL": database_url or f"sqlite:///{folder / 'bench.sqlite3'}",
        "SECRET_KEY": "bench-secret-key-" + "x" * 32,
        "PHONE_HASH_KEY": "bench-phone-hash-key-" + "y" * 32,
        "CONTACT_ENCRYPTION_KEY": Fernet.generate_key().decode(),
        "TWILIO_AUTH_TOKEN": TOKEN,
        "PUBLIC_BASE_URL": f"http://127.0.0.1:{port}",
        "PYTHONPATH": str(ROOT),
    }
    script = (
        "from bench.sms_webhook import wsgi_app\n"
        "from consult.extensions import db\n"
        "from consult.services.demo import seed_demo\n"
        "app = wsgi_app()\n"
        "with app.app_context():\n"
        "    db.drop_all()\n"
        "    db.create_all()\n"
        "    seed_demo()\n"
    )
    subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return env


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--conversations", type=int, default=8, help="per client, per server")
    parser.add_argument(
        "--sqlite-synchronous",
        choices=["FULL", "NORMAL"],
        default=None,
        help="override PRAGMA synchronous for the app (default: the app's own setting)",
    )
    parser.add_argument("--postgres", metavar="URL", help="a PostgreSQL database to use (its tables are dropped)")
    args = parser.parse_args()
    app_port, bare_port = free_port(), free_port()
    with tempfile.TemporaryDirectory(prefix="sms-bench-") as tmp:
        env = prepare(Path(tmp), app_port, args.postgres)
        if args.sqlite_synchronous:
            env["BENCH_SQLITE_SYNCHRONOUS"] = args.sqlite_synchronous
        servers = [
            start("bench.sms_webhook:wsgi_app()", app_port, env),
            start("bench.sms_webhook:bare_app()", bare_port, env),
        ]
        try:
            drive(app_port, 2, 1, 90000)  # warm up both workers (imports, caches)
            drive(bare_port, 2, 1, 90000)
            before = server_cpu(servers[0])
            app_result = drive(app_port, args.clients, args.conversations, 0)
            app_result.cpu = server_cpu(servers[0]) - before
            before = server_cpu(servers[1])
            bare_result = drive(bare_port, args.clients, args.conversations, 0)
            bare_result.cpu = server_cpu(servers[1]) - before
        finally:
            for server in servers:
                stop(server)
    synchronous = args.sqlite_synchronous or "app default"
    database = "PostgreSQL" if args.postgres else f"SQLite (synchronous: {synchronous})"
    print(
        f"{args.clients} clients, {args.conversations} conversations each of {len(CONVERSATION)} texts; "
        f"gunicorn 2 sync workers each; {database}; {os.cpu_count()} CPUs"
    )
    app_rate, app_p99 = line("sms webhook", app_result)
    bare_rate, _ = line("bare flask", bare_result)
    print(f"throughput ratio {app_rate / bare_rate:.2f}; webhook p99 {app_p99:.1f} ms")
    return 0 if app_result.errors == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
