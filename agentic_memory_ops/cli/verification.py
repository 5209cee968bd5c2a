"""``agentic-memory verification``: the knowledge factor a caller proves who they are with, and the
erasure requests unverified calls left (``CallerVerification``, docs/caller-verification.md).

``set`` stores the factor hashed (``agentic_memory.verification``): what the operator types is never
printed, logged or kept in clear. Given no value it is asked for without echo (a value on the command
line stays in the shell's history). ``requests`` lists what ``forget_me`` recorded on unverified calls;
once the operator has confirmed one with the caller and run ``forget``, ``dismiss`` removes it.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import UTC, datetime
from typing import Any

from agentic_memory.phone import mask, to_e164
from agentic_memory.verification import FACTOR_KINDS, make_factor
from agentic_memory.verification_store import VerificationStore
from agentic_memory_ops.cli.target import Target, UsageError

ASK = "ask"  # the value of a factor flag given without one: read it without echo


def add_command(commands: argparse._SubParsersAction[argparse.ArgumentParser], parents: list[Any]) -> None:
    command = commands.add_parser(
        "verification",
        help="set a caller's verification factor; list erasure requests of unverified calls",
        description="With CallerVerification on, a caller proves who they are by answering the factor set "
        "here (stored hashed with scrypt, never in clear). 'requests' lists forget_me requests made on "
        "unverified calls; 'dismiss' removes a caller's once dealt with.",
    )
    actions = command.add_subparsers(dest="action", required=True, metavar="ACTION")
    set_ = actions.add_parser("set", parents=parents, help="set the caller's factor (one of the kinds below)")
    set_.add_argument("phone", metavar="PHONE", help="the caller's number")
    kinds = set_.add_mutually_exclusive_group(required=True)
    for kind, what in FACTOR_KINDS.items():
        kinds.add_argument(
            f"--{kind.replace('_', '-')}",
            dest=kind,
            nargs="?",
            const=ASK,
            metavar="VALUE",
            help=f"{what} (without VALUE: asked for without echo)",
        )
    set_.set_defaults(run=lambda args: set_factor(Target.resolve(args), args))
    clear = actions.add_parser("clear", parents=parents, help="remove the caller's factor")
    clear.add_argument("phone", metavar="PHONE", help="the caller's number")
    clear.set_defaults(run=lambda args: clear_factor(Target.resolve(args), args.phone))
    requests = actions.add_parser(
        "requests", parents=parents, help="list erasure requests made on unverified calls"
    )
    requests.set_defaults(run=lambda args: list_requests(Target.resolve(args)))
    dismiss = actions.add_parser(
        "dismiss", parents=parents, help="remove a caller's erasure request once dealt with"
    )
    dismiss.add_argument("phone", metavar="PHONE", help="the caller's number")
    dismiss.set_defaults(run=lambda args: dismiss_requests(Target.resolve(args), args.phone))


def _store(target: Target) -> VerificationStore:
    return VerificationStore(target.dynamodb(), target.table())


def _caller(target: Target, phone: str) -> str:
    caller = to_e164(phone, target.settings.default_region)
    if caller is None:
        raise UsageError(f"not a phone number: {phone!r}")
    return caller


def set_factor(target: Target, args: argparse.Namespace) -> int:
    caller = _caller(target, args.phone)
    kind = next(k for k in FACTOR_KINDS if getattr(args, k, None) is not None)
    value = getattr(args, kind)
    if value == ASK:
        value = getpass.getpass(f"{FACTOR_KINDS[kind]}: ") if sys.stdin.isatty() else sys.stdin.readline()
    try:
        factor = make_factor(kind, value)
    except ValueError as error:
        raise UsageError(str(error)) from None
    _store(target).set_factor(caller, factor)
    print(f"Caller {mask(caller)}: verification by {kind.replace('_', ' ')} set (stored hashed)")
    return 0


def clear_factor(target: Target, phone: str) -> int:
    caller = _caller(target, phone)
    removed = _store(target).drop_factor(caller)
    print(f"Caller {mask(caller)}: {'factor removed' if removed else 'no factor was set'}")
    return 0


def list_requests(target: Target) -> int:
    found = _store(target).erasure_requests()
    if not found:
        print("No erasure requests from unverified calls.")
    for request in found:
        when = datetime.fromtimestamp(request.requested_at, UTC).strftime("%Y-%m-%d %H:%M UTC")
        print(f"{when}  {request.caller}  {' '.join(request.conversation_ids) or '(no conversation id)'}")
    return 0


def dismiss_requests(target: Target, phone: str) -> int:
    caller = _caller(target, phone)
    removed = _store(target).drop_erasure_requests(caller)
    print(f"Caller {mask(caller)}: {'erasure request removed' if removed else 'no erasure request'}")
    return 0
