"""``agentic-memory call`` and ``batch``: outbound calls that start with the callee's brief.

Each call carries, as its ``conversation_initiation_client_data``, what ClientData would answer for
the number (``agentic_memory_ops.outbound``): the agent greets a returning customer by name on an
outbound call exactly as on an inbound one. Numbers are printed masked.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

from agentic_memory.phone import mask, to_e164
from agentic_memory.profiles import ProfileStore
from agentic_memory.runtime.secrets import optional_secret
from agentic_memory_ops.cli.target import CommandError, Target, UsageError
from agentic_memory_ops.outbound import AgentNumber, Dialer, DialError, client_data, read_recipients


def add_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], parents: list[argparse.ArgumentParser]
) -> None:
    call = commands.add_parser(
        "call",
        parents=parents,
        help="place an outbound call whose agent knows the callee (their brief as dynamic variables)",
        description="Place an outbound call through ElevenLabs (Twilio or SIP trunk, whichever the "
        "agent's phone number is) with the callee's brief as the call's dynamic variables: the same "
        "variables ClientData answers for an inbound call from that number.",
    )
    call.add_argument("number", metavar="NUMBER", help="whom to call: E.164, or national in DEFAULT_REGION")
    _common(call)
    call.set_defaults(run=lambda args: run_call(Target.resolve(args), args))
    batch = commands.add_parser(
        "batch",
        parents=parents,
        help="submit a batch call, each recipient with their own brief",
        description="Submit an ElevenLabs batch call from a CSV with a phone_number column (every other "
        "column is a dynamic variable of its row, as in ElevenLabs' batch calling); each recipient "
        "gets their brief as dynamic variables, ours winning over a column of the same name.",
    )
    batch.add_argument("file", metavar="CSV", help="recipients: a header row with phone_number")
    batch.add_argument(
        "--name", metavar="NAME", help="the batch's name (default: the file's name and the date)"
    )
    _common(batch)
    batch.set_defaults(run=lambda args: run_batch(Target.resolve(args), args))


def _common(command: argparse.ArgumentParser) -> None:
    command.add_argument("--agent", required=True, metavar="ID", help="the agent that places the calls")
    command.add_argument(
        "--from",
        dest="phone_number_id",
        metavar="PHONE_NUMBER_ID",
        help="the agent's phone number to call from (default: the one number assigned to the agent)",
    )
    command.add_argument(
        "--api-key",
        metavar="KEY",
        help="ElevenLabs API key (default: the stack's secret, ELEVENLABS_API_KEY)",
    )
    command.add_argument("--dry-run", action="store_true", help="print what would be sent, call nobody")


def run_call(target: Target, args: argparse.Namespace) -> int:
    number = _number(args.number, target)
    data = client_data(number, args.agent, target.settings, _lookup(target))
    if args.dry_run:
        print(json.dumps({"to_number": number, "conversation_initiation_client_data": data}, indent=2))
        return 0
    dialer = _dialer(target, args.api_key)
    source = _source(dialer, args)
    print(f"Calling {mask(number)} from {mask(source.number)} ({source.provider}) as {args.agent}")
    print(f"  brief             {_described(data)}")
    try:
        accepted, message, conversation = dialer.call(args.agent, source, number, data)
    except Exception as error:
        raise CommandError(f"ElevenLabs did not place the call: {_reason(error)}") from None
    print(f"  ElevenLabs        {'accepted' if accepted else 'refused'}: {message}")
    if conversation:
        print(f"  conversation      {conversation} (remembered under {mask(number)} when it ends)")
    return 0 if accepted else 1


def run_batch(target: Target, args: argparse.Namespace) -> int:
    path = Path(args.file)
    try:
        recipients = read_recipients(path, target.settings.default_region)
    except DialError as error:
        raise UsageError(str(error)) from None
    lookup = _lookup(target)
    calls = [
        (r.number, client_data(r.number, args.agent, target.settings, lookup, r.variables))
        for r in recipients
    ]
    name = args.name or f"{path.stem} {time.strftime('%Y-%m-%d %H:%M', time.gmtime())}"
    returning = sum(data["dynamic_variables"].get("returning_caller") == "yes" for _, data in calls)
    if args.dry_run:
        shown = [{"phone_number": n, "conversation_initiation_client_data": d} for n, d in calls]
        print(json.dumps({"call_name": name, "recipients": shown}, indent=2))
        return 0
    dialer = _dialer(target, args.api_key)
    source = _source(dialer, args)
    print(f"Batch {name!r} from {mask(source.number)} ({source.provider}) as {args.agent}")
    print(f"  recipients        {len(calls)}, {returning} of them returning callers")
    try:
        batch_id, scheduled = dialer.batch(args.agent, source, name, calls)
    except Exception as error:
        raise CommandError(f"ElevenLabs did not take the batch: {_reason(error)}") from None
    print(f"  ElevenLabs        batch {batch_id}: {scheduled} calls scheduled")
    return 0


def _number(text: str, target: Target) -> str:
    number = to_e164(text, target.settings.default_region)
    if number is None:
        raise UsageError(f"not a phone number: {text!r}")
    return number


def _lookup(target: Target) -> Any:
    return ProfileStore(target.dynamodb(), target.table()).get_for_call


def _dialer(target: Target, given: str | None) -> Dialer:
    key = given or optional_secret("ELEVENLABS_API_KEY", target.settings)
    if not key:
        raise UsageError("no ElevenLabs API key: pass --api-key or --stack, or set ELEVENLABS_API_KEY")
    return Dialer(key, target.settings.elevenlabs_api_url)


def _source(dialer: Dialer, args: argparse.Namespace) -> AgentNumber:
    try:
        return dialer.agent_number(args.agent, args.phone_number_id)
    except DialError as error:
        raise UsageError(str(error)) from None
    except Exception as error:
        raise CommandError(f"cannot read the agent's phone numbers: {_reason(error)}") from None


def _described(data: dict[str, Any]) -> str:
    variables = data["dynamic_variables"]
    if variables.get("returning_caller") != "yes":
        return f"a new caller ({len(variables)} variables)"
    return f"a returning caller, {variables.get('memory_count') or 0} memories ({len(variables)} variables)"


def _reason(error: Exception) -> str:
    """ElevenLabs' answer (the SDK's ApiError carries status and body), else the error itself."""
    status, body = getattr(error, "status_code", None), getattr(error, "body", None)
    return f"HTTP {status}: {body}" if status is not None else str(error) or type(error).__name__
