"""`make run`: serve the template's three HTTP APIs on http://127.0.0.1:3000, offline.

Configuration uses the ``sam local --env-vars`` JSON form: ``{"Parameters": {...}}`` applies to every
function, ``{"<LogicalId>": {...}}`` to one. The four secrets (MEM0_API_KEY, ELEVENLABS_HMAC_KEY,
ELEVENLABS_WORKSPACE_KEY, ELEVENLABS_API_KEY) go into the stack's Secrets Manager secret, as in AWS.
All local state lives in the data folder (``.local``), used by one server at a time.
"""

from __future__ import annotations

import argparse
import dataclasses
import difflib
import json
import logging
import os
import shlex
import shutil
import signal
import sys
import warnings
from collections.abc import Iterable
from pathlib import Path

from aws_lambda_powertools.shared import constants as powertools

from agentic_memory.errors import ConfigError
from agentic_memory.runtime.secrets import SECRET_NAMES
from agentic_memory.settings import VARIABLES, Settings
from agentic_memory_ops.cli.local import DEFAULT_DATA_DIR
from local_server import aws
from local_server.folder import DataFolder, LocalServerError
from local_server.runtime import LocalFunction, QueuePoller, log_as_the_running_function
from local_server.server import LocalApi
from local_server.template import FunctionSpec, Stack

ROOT = Path(__file__).resolve().parent.parent
PROG = "make run"
log = logging.getLogger("local_server")
# Libraries whose INFO lines are noise here: moto's access log, credential lookups, Qdrant and mem0
# (mem0 suggests optional packages on every start).
QUIET = ("werkzeug", "botocore", "boto3", "httpx", "urllib3", "mem0", "qdrant_client", "portalocker")


def main(argv: list[str] | None = None) -> int:
    try:
        args = _arguments(argv)
        return _serve(args) if not args.reset else _reset(Path(args.data_dir))
    except LocalServerError as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return 2


def _serve(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", datefmt="%H:%M:%S")
    for noisy in QUIET:
        logging.getLogger(noisy).setLevel(logging.ERROR)
    # Powertools, after each invocation that recorded no metric (an ignored queue message, a refused
    # request): true, and nothing to act on here.
    warnings.filterwarnings("ignore", "No application metrics to publish", UserWarning)
    overrides = _env_vars(Path(args.env_vars))
    stack = _stack(args.parameter_overrides)
    _check_env_vars(Path(args.env_vars), overrides, stack)
    folder = DataFolder(Path(args.data_dir)).lock()  # the kernel's lock: a failed start leaves none
    try:
        api = LocalApi((args.host, args.port))
    except OSError as error:
        raise LocalServerError(
            f"cannot listen on {args.host}:{args.port} ({error.strerror}): another program uses "
            "it; stop it or choose another port (make run PORT=3010)"
        ) from None
    aws_port = args.port + 1 if args.aws_port is None else args.aws_port
    local_aws = aws.LocalAws(aws_port, folder.aws, api.token).start()
    specs = [_configured(spec, overrides) for spec in stack.functions()]
    secrets: dict[str, str] = {
        k: v for section in overrides.values() for k, v in section.items() if k in SECRET_NAMES
    }
    made = aws.create_resources(stack, secrets)
    restored = local_aws.journal.restore(made.values())
    aws.release_leases(made)
    aws.notify_queues(stack)
    for spec in specs:  # one process for all functions: their variables agree but for the service name
        os.environ.update({k: v for k, v in spec.environment.items() if k != "POWERTOOLS_SERVICE_NAME"})
    _keep_memories_in(folder)
    sys.path[:0] = [str(path.resolve()) for path in stack.layer_dirs()]  # Lambda's /opt/python
    functions = [LocalFunction(spec) for spec in specs]
    log_as_the_running_function(functions)
    pollers = [
        QueuePoller(function, queue).start() for function in functions for queue in function.spec.queues
    ]
    api.serve_functions(functions, stack)
    folder.announce(api.url, local_aws.endpoint, api.token)
    _banner(api, secrets, folder.path, local_aws.endpoint, restored)
    signal.signal(signal.SIGTERM, signal.default_int_handler)  # stop as on Ctrl-C
    try:
        api.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        # A second Ctrl-C stops at once: everything acknowledged is already on disk.
        signal.signal(signal.SIGINT, lambda *_: os._exit(130))
        log.info("Stopping: finishing the requests and queued invocations in hand (Ctrl-C again to quit now)")
    finally:
        api.server_close()
        for poller in pollers:
            poller.stop(timeout=30)
        if mem0_oss := sys.modules.get("agentic_memory_ops.mem0_oss"):  # if it was used
            mem0_oss.close_all_stores()  # Qdrant, left to garbage collection, prints a traceback
        local_aws.stop()
        folder.release()
        log.info("Stopped; everything is kept in %s", folder.path)
    return 0


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m local_server",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=_port, default=os.environ.get("PORT") or "3000")
    parser.add_argument(
        "--aws-port", type=_port, help="the emulated AWS endpoint's port (default: --port + 1)"
    )
    parser.add_argument(
        "--env-vars",
        default=os.environ.get("ENV_VARS") or str(ROOT / "env.local.json"),
        help="configuration in `sam local --env-vars` form (default: env.local.json)",
    )
    parser.add_argument(
        "--data-dir",
        default=os.environ.get("DATA_DIR") or str(ROOT / ".local"),
        help="where memories, archive, profiles and queued work persist (default: .local)",
    )
    parser.add_argument(
        "--parameter-overrides",
        default="",
        metavar="'KEY=VALUE ...'",
        help="template parameters, as `sam deploy --parameter-overrides` takes them",
    )
    parser.add_argument(
        "--reset", action="store_true", help="forget everything in the data folder, then exit"
    )
    return parser.parse_args(argv)


def _port(value: str) -> int:
    """A port number, from --port, --aws-port or PORT (argparse passes a string default through)."""
    if not value.isdecimal() or int(value) > 65535:
        raise LocalServerError(
            f"a port is a number from 0 to 65535, not {value!r} (--port, --aws-port, PORT)"
        )
    return int(value)


def _env_vars(path: Path) -> dict[str, dict[str, str]]:
    """The env file, checked: an object of sections, each an object of scalar values."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise LocalServerError(f"cannot read the env file {path}: {error.strerror}") from None
    except ValueError as error:
        raise LocalServerError(f"the env file {path} is not JSON: {error}") from None
    if not isinstance(document, dict) or not all(isinstance(v, dict) for v in document.values()):
        raise LocalServerError(
            f'the env file {path} must be an object of sections, e.g. {{"Parameters": {{"NAME": "value"}}}}'
        )
    named = {f"{section}.{name}": v for section, values in document.items() for name, v in values.items()}
    wrong = next((name for name, value in named.items() if not isinstance(value, str | int | float)), None)
    if wrong:  # a boolean is an int here
        raise LocalServerError(f"the env file {path}: {wrong} must be a string, number or boolean")
    return {
        section: {k: str(v).lower() if isinstance(v, bool) else str(v) for k, v in values.items()}
        for section, values in document.items()
    }


# What Powertools reads from the environment (its own documented variables).
POWERTOOLS_VARIABLES = frozenset(
    value for key, value in vars(powertools).items() if key.endswith("_ENV") and isinstance(value, str)
)


def _check_env_vars(path: Path, overrides: dict[str, dict[str, str]], stack: Stack) -> None:
    """A name in the env file that nothing reads (a misspelling, which sam local drops in silence)
    gets a warning line; a wrong value stops the start in one line, as it would stop each function."""
    specs = stack.functions()
    sections = ["Parameters", *(spec.logical_id for spec in specs)]
    names = {*VARIABLES, *SECRET_NAMES, *POWERTOOLS_VARIABLES}.union(*(spec.environment for spec in specs))
    for section, values in overrides.items():
        if section not in sections:
            _unknown(path, section, "is no function of template.yaml", sections)
        for name in sorted(set(values) - names):
            _unknown(path, name, "is declared by no function of template.yaml and read by no setting", names)
    for spec in specs:
        try:
            Settings.from_env({**os.environ, **_configured(spec, overrides).environment})
        except ConfigError as error:
            raise LocalServerError(str(error)) from None


def _unknown(path: Path, name: str, is_what: str, known: Iterable[str]) -> None:
    close = difflib.get_close_matches(name, sorted(known), n=1)
    log.warning("%s: %s %s%s", path.name, name, is_what, f" (did you mean {close[0]}?)" if close else "")


def _stack(parameter_overrides: str) -> Stack:
    pairs = [item.partition("=") for item in parameter_overrides.split()]
    if any(not sep for _, sep, _ in pairs):
        raise LocalServerError("--parameter-overrides takes KEY=VALUE pairs separated by spaces")
    try:
        return Stack(ROOT / "template.yaml", {key: value for key, _, value in pairs})
    except ValueError as error:
        raise LocalServerError(str(error)) from None


def _configured(spec: FunctionSpec, overrides: dict[str, dict[str, str]]) -> FunctionSpec:
    """The function's template environment with the env file's values applied, as sam local does."""
    chosen = {**overrides.get("Parameters", {}), **overrides.get(spec.logical_id, {})}
    environment = {**spec.environment, **{k: v for k, v in chosen.items() if k not in SECRET_NAMES}}
    return dataclasses.replace(spec, environment=environment)


def _keep_memories_in(folder: DataFolder) -> None:
    """mem0-oss keeps its memories in the data folder unless MEM0_OSS_CONFIG names another place."""
    if os.environ.get("MEMORY_BACKEND") != "mem0-oss":
        return
    raw = os.environ.get("MEM0_OSS_CONFIG") or "{}"
    try:
        config = json.loads(raw)
        config.setdefault("data_dir", str(folder.memories))
    except (ValueError, AttributeError):  # not JSON, or not an object
        raise LocalServerError(f"MEM0_OSS_CONFIG must be a JSON object, not {raw[:60]!r}") from None
    os.environ["MEM0_OSS_CONFIG"] = json.dumps(config)


def _reset(data_dir: Path) -> int:
    folder = DataFolder(data_dir).lock()  # refuses while a server uses it
    try:
        for child in folder.path.iterdir():
            if child != folder.lock_path:
                shutil.rmtree(child) if child.is_dir() else child.unlink()
    finally:
        folder.release()
    print(f"Forgot everything in {folder.path}")
    return 0


def _banner(api: LocalApi, secrets: dict[str, str], data_dir: Path, endpoint: str, restored: int) -> None:
    url, python = api.url, Path(sys.executable)
    # agentic-memory for this server, as typed in another terminal in this directory
    script = python.parent / "agentic-memory"
    cli = _shown(script) if script.exists() else f"{_shown(python)} -m agentic_memory_ops.cli"
    where = "" if data_dir == Path(DEFAULT_DATA_DIR).resolve() else f" --data-dir {_shown(data_dir)}"
    lines = ["", "ElevenLabs Agentic Memory — local stack (no cloud account, no network)", ""]
    for (method, path), function in api.routes.items():
        lines.append(f"  {method:<5}{url}{path:<14} {function.spec.logical_id}")
    lines += [
        f"  GET  {url}/health",
        "",
        f"  console                     : {api.console.entry_url(url) if api.console else '(off)'}",
        f"  ElevenLabs-Signature secret : {secrets.get('ELEVENLABS_HMAC_KEY') or '(not set)'}",
        f"  X-Workspace-Key             : {secrets.get('ELEVENLABS_WORKSPACE_KEY') or '(not set)'}",
        f"  memory backend              : {os.environ.get('MEMORY_BACKEND', 'mem0-platform')}",
        f"  data                        : {data_dir} ({restored} objects, items and messages restored)",
        f"  AWS (moto)                  : {endpoint}",
        f"  Lambda Invoke API           : {url} (agentic-memory replay --local)",
        "",
        f"Try: {cli} send --wait --local{where}",
        f"     {cli} show +15550100002 --local{where}",
        "Stop with Ctrl-C.",
        "",
    ]
    print("\n".join(lines), flush=True)


def _shown(path: Path) -> str:
    relative = os.path.relpath(path)
    return shlex.quote(str(path) if relative.startswith("..") else relative)


if __name__ == "__main__":
    raise SystemExit(main())
