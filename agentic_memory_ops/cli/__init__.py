"""``agentic-memory``: the operator's command line for a deployed stack or the local server.

Exit codes: 0 done, 1 the command ran but something failed, 2 the command line or configuration is
incomplete. AWS access is plain boto3 (credentials and region from the environment).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from botocore.exceptions import BotoCoreError, ClientError

from agentic_memory.errors import ConfigError
from agentic_memory_ops.cli import (
    access,
    backfill,
    call,
    doctor,
    forget,
    local,
    replay,
    send,
    setup,
    smoke,
    verification,
)
from agentic_memory_ops.cli.target import (
    URL_OUTPUTS,
    CommandError,
    Target,
    UsageError,
    aws_endpoint,
    in_local_server,
)

PROG = "agentic-memory"
DESCRIPTION = """\
Operate ElevenLabs Agentic Memory: send test webhooks, erase a caller, replay failed ingestions,
import conversations whose webhook never came, check a configuration. Resources come from flags,
else from --stack (CloudFormation outputs) or --local (the `make run` server), else from the
functions' environment variables (S3_BUCKET_NAME, PROFILE_TABLE, SECRETS_ID, MEM0_HOST,
MEMORY_BACKEND, ELEVENLABS_HMAC_KEY, ...). AWS credentials and region come from the environment."""
EPILOG = """\
examples:
  agentic-memory console --stack agentic-memory
  agentic-memory setup --stack agentic-memory --agent agent_...
  agentic-memory send --local --wait
  agentic-memory show +15550100002 --local
  agentic-memory doctor --stack agentic-memory
  agentic-memory forget +16125550123 --stack agentic-memory
  agentic-memory forget +16125550123 --do-not-remember --stack agentic-memory
  agentic-memory show +16125550123 --stack agentic-memory
  agentic-memory export +16125550123 --zip -o caller.zip --stack agentic-memory
  agentic-memory replay --dlq --stack agentic-memory
  agentic-memory backfill --since 2026-11-01 --agent agent_... --stack agentic-memory
  agentic-memory smoke --stack agentic-memory
  agentic-memory call +16125550123 --agent agent_... --stack agentic-memory
  agentic-memory batch recipients.csv --agent agent_... --stack agentic-memory
  agentic-memory verification set +16125550123 --postcode --stack agentic-memory

exit codes: 0 success, 1 failure (a check, a delivery, a replay), 2 usage or configuration error"""


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # --help (0) and usage errors (2), as a return value
        return exit_.code if isinstance(exit_.code, int) else 2
    try:
        return _run(args, list(sys.argv[1:] if argv is None else argv))
    except (UsageError, ConfigError) as error:
        print(f"{PROG} {args.command}: {error}", file=sys.stderr)
        return 2
    except CommandError as error:
        print(f"{PROG} {args.command}: {error}", file=sys.stderr)
        return 1
    except (BotoCoreError, ClientError) as error:
        print(f"{PROG} {args.command}: AWS: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG} {args.command}: interrupted", file=sys.stderr)
        return 1


def _run(args: argparse.Namespace, argv: list[str]) -> int:
    if args.local and not in_local_server():
        return local.forward(argv, args)
    with aws_endpoint(args.endpoint_url):
        code: int = args.run(args)
        return code


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    common = argparse.ArgumentParser(add_help=False)
    where = common.add_argument_group("deployment")
    where.add_argument(
        "--stack", metavar="NAME", help="read resource names and URLs from this CloudFormation stack"
    )
    where.add_argument(
        "--endpoint-url",
        metavar="URL",
        help="AWS endpoint for every service, e.g. a local moto server (default: AWS_ENDPOINT_URL)",
    )
    where.add_argument(
        "--local",
        action="store_true",
        help="act on the local server (`make run`): the command runs in it, on its data",
    )
    where.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"with --local: the local server's data folder (default: {local.DEFAULT_DATA_DIR})",
    )
    bucket = argparse.ArgumentParser(add_help=False)
    bucket.add_argument_group("resources").add_argument(
        "--bucket", metavar="NAME", help="archive bucket (default: stack output, S3_BUCKET_NAME)"
    )
    table = argparse.ArgumentParser(add_help=False)
    table.add_argument_group("resources").add_argument(
        "--table", metavar="NAME", help="caller profile table (default: stack output, PROFILE_TABLE)"
    )

    _add_setup(commands, [common])
    _add_console(commands, [common, bucket, table])
    _add_send(commands, [common])
    _add_forget(commands, [common, bucket, table])
    _add_access(commands, [common, bucket, table])
    _add_replay(commands, [common, bucket])
    _add_doctor(commands, [common, bucket, table])
    _add_backfill(commands, [common, bucket])
    call.add_commands(commands, [common])
    smoke.add_command(commands, [common])
    verification.add_command(commands, [common, table])
    return parser


def _add_backfill(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    parents: list[argparse.ArgumentParser],
) -> None:
    command = commands.add_parser(
        "backfill",
        parents=parents,
        help="archive and ingest the agents' conversations whose webhook never came",
        description="List the agents' conversations since a date through the ElevenLabs API and archive "
        "each one the stack does not have yet; its archive notification ingests it. Conversations "
        "already archived are not fetched again.",
    )
    command.add_argument("--since", required=True, metavar="YYYY-MM-DD", help="first day to look at (UTC)")
    command.add_argument(
        "--agent",
        action="append",
        default=[],
        metavar="ID",
        help="an agent id (repeatable; default RECONCILE_AGENT_IDS)",
    )
    command.add_argument(
        "--api-key", metavar="KEY", help="ElevenLabs API key (default: the stack's secret, env)"
    )

    def run(args: argparse.Namespace) -> int:
        return backfill.run(Target.resolve(args), args.since, args.agent, args.api_key)

    command.set_defaults(run=run)


def _add_console(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    parents: list[argparse.ArgumentParser],
) -> None:
    command = commands.add_parser(
        "console",
        parents=parents,
        help="a local web console: callers, what the agent knows and why, operations",
        description="Serve a web console on 127.0.0.1 with your own AWS credentials and the stack's "
        "secret: callers, one caller (what the agent gets now, memories, conversations with transcript, "
        "analysis and recording, a search as Retrieve runs it, export, forget), dead letters and checks. "
        "Prints a link that signs your browser in. With --local, prints the link to make run's console.",
    )
    command.add_argument("--port", type=int, default=8321, help="port on 127.0.0.1 (default 8321)")
    command.add_argument("--queue-url", metavar="URL", help="dead-letter queue (default: stack output)")

    def run(args: argparse.Namespace) -> int:
        target = Target.resolve(args)
        if target.console_url:
            print(f"make run serves the console: {target.console_url}")
            return 0
        from agentic_memory_ops.console.serve import serve  # noqa: PLC0415 - only this command needs it

        return serve(target, args.port)

    command.set_defaults(run=run)


def _add_setup(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    parents: list[argparse.ArgumentParser],
) -> None:
    command = commands.add_parser(
        "setup",
        parents=parents,
        help="configure ElevenLabs for the stack: webhooks, tools, secret header, agents",
        description="Configure ElevenLabs through its API for the stack and the agents named: the HMAC "
        "post-call webhook with retries on (its generated secret goes into the stack's secret), the "
        "conversation-initiation webhook with the X-Workspace-Key secret header, the search_memory tool "
        "(and forget_me with ForgetMeTool=on), the data-collection items the brief and the analysis use, "
        "the first message {{first_message}} with the agent's own kept as its placeholder, placeholders "
        "for every variable ClientData answers, and the override permissions the stack needs (only ever "
        "switched on). Shows the plan and asks first; a second run changes nothing; --undo puts each "
        "agent back as it was before the first setup (docs/elevenlabs-setup.md).",
    )
    command.add_argument(
        "--agent", action="append", default=[], metavar="ID", help="an agent to set up (repeatable)"
    )
    command.add_argument(
        "--api-key",
        metavar="KEY",
        help="ElevenLabs API key (default: the stack's secret, ELEVENLABS_API_KEY)",
    )
    command.add_argument(
        "--base-url",
        metavar="URL",
        help="serve ElevenLabs from this public HTTPS base instead of the stack's URLs "
        "(a tunnel to `make run`)",
    )
    command.add_argument("--yes", "-y", action="store_true", help="apply without asking")
    command.add_argument("--dry-run", action="store_true", help="print the plan, change nothing")
    command.add_argument(
        "--undo", action="store_true", help="restore each agent as it was before the first setup"
    )

    def run(args: argparse.Namespace) -> int:
        return setup.run(
            Target.resolve(args),
            args.agent,
            api_key=args.api_key,
            base_url=args.base_url,
            assume_yes=args.yes,
            dry_run=args.dry_run,
            undo=args.undo,
        )

    command.set_defaults(run=run)


def _add_send(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    parents: list[argparse.ArgumentParser],
) -> None:
    command = commands.add_parser(
        "send",
        parents=parents,
        help="POST a signed post-call webhook, as ElevenLabs does",
        description="Sign a payload's exact bytes (ElevenLabs-Signature: t=...,v0=HMAC-SHA256) and POST "
        "it. Prints the HTTP status and body; exits 0 only on 200, the one answer ElevenLabs counts as "
        "delivered.",
    )
    payload = command.add_mutually_exclusive_group()
    payload.add_argument("file", nargs="?", metavar="FILE", help="webhook JSON to send, byte for byte")
    payload.add_argument(
        "--type",
        "--sample",
        dest="sample",
        choices=send.SAMPLE_TYPES,
        metavar="TYPE",
        help=f"send the built-in sample of this webhook type: {', '.join(send.SAMPLE_TYPES)} "
        "(default without FILE: the transcription of a new caller, +15550100002)",
    )
    command.add_argument(
        "--url",
        dest="post_call_url",
        metavar="URL",
        help="PostCall URL (default: stack output PostCallApiUrl)",
    )
    command.add_argument(
        "--secret",
        metavar="S",
        help="webhook HMAC secret (default: ELEVENLABS_HMAC_KEY, or the stack's secret); "
        "prefer the environment variable, command lines are visible to other users",
    )

    command.add_argument(
        "--wait",
        action="store_true",
        help="after a 200 for a transcription, wait until its ingestion is done (memories, profile)",
    )
    command.add_argument(
        "--timeout",
        type=float,
        default=send.WAIT_SECONDS,
        metavar="S",
        help=f"with --wait: give up after S seconds (default {send.WAIT_SECONDS:.0f})",
    )

    command.add_argument("--at", metavar="WHEN", help=send.AT_HELP)
    command.add_argument("--caller", metavar="NUMBER", help=send.CALLER_HELP)

    def run(args: argparse.Namespace) -> int:
        wait, at = args.timeout if args.wait else None, send.moment(args.at) if args.at else None
        return send.run(
            Target.resolve(args), args.file, args.sample, args.secret, wait=wait, at=at, caller=args.caller
        )

    command.set_defaults(run=run)


def _add_forget(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    parents: list[argparse.ArgumentParser],
) -> None:
    command = commands.add_parser(
        "forget",
        parents=parents,
        help="erase a caller everywhere (Mem0, profile, archive)",
        description="Erase one caller: their Mem0 memories, their caller profile, every archived object of "
        "their conversations (all versions: the bucket is versioned) and their caller index entries. "
        "Asks for confirmation unless --yes. Numbers are shown masked.",
    )
    command.add_argument(
        "phone",
        metavar="PHONE",
        help="the caller's number: E.164, or national in DEFAULT_REGION (default US)",
    )
    command.add_argument(
        "--yes", "-y", action="store_true", help="do not ask for confirmation (required without a terminal)"
    )
    command.add_argument("--dry-run", action="store_true", help="print what would be erased, erase nothing")
    command.add_argument(
        "--do-not-remember",
        action="store_true",
        help="also remember nothing of this caller's later calls (until agentic-memory opt-in)",
    )

    command.add_argument(
        "--elevenlabs",
        action="store_true",
        help="also delete the caller's conversations at ElevenLabs (needs ELEVENLABS_API_KEY)",
    )

    def run(args: argparse.Namespace) -> int:
        return forget.run(
            Target.resolve(args),
            args.phone,
            assume_yes=args.yes,
            dry_run=args.dry_run,
            do_not_remember=args.do_not_remember,
            elevenlabs=args.elevenlabs,
        )

    command.set_defaults(run=run)
    opt_in = commands.add_parser(
        "opt-in",
        parents=parents,
        help="remember a caller again who asked not to be remembered",
        description="Lift a caller's 'do not remember me' (forget --do-not-remember, or the forget_me "
        "tool): calls from now on are remembered again; nothing erased comes back.",
    )
    opt_in.add_argument("phone", metavar="PHONE", help="the caller's number")
    opt_in.set_defaults(run=lambda args: forget.opt_in(Target.resolve(args), args.phone))


def _add_access(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    parents: list[argparse.ArgumentParser],
) -> None:
    show = commands.add_parser(
        "show",
        parents=parents,
        help="print what is held about a caller (brief, memories, conversations)",
        description="Print what is held about one caller: what ClientData would tell an agent now, the "
        "memories Mem0 holds with their dates, the archived conversations. Changes nothing.",
    )
    show.add_argument("phone", metavar="PHONE", help="the caller's number")
    show.set_defaults(run=lambda args: access.show(Target.resolve(args), args.phone))
    export = commands.add_parser(
        "export",
        parents=parents,
        help="write what is held about a caller to one file (a data-subject access request)",
        description="Write what is held about one caller to FILE: JSON, or with --zip a zip holding that "
        "JSON, the transcripts (secrets redacted; --exact: as received, recorded as read), the recordings.",
    )
    export.add_argument("phone", metavar="PHONE", help="the caller's number")
    export.add_argument("--output", "-o", metavar="FILE", required=True, help="where to write it")
    export.add_argument("--zip", action="store_true", help="a zip with the transcripts and recordings")
    export.add_argument(
        "--exact",
        action="store_true",
        help="transcripts as received, secrets included (an audit record says so)",
    )
    export.set_defaults(
        run=lambda args: access.export(
            Target.resolve(args), args.phone, args.output, with_recordings=args.zip, exact=args.exact
        )
    )


def _add_replay(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    parents: list[argparse.ArgumentParser],
) -> None:
    command = commands.add_parser(
        "replay",
        parents=parents,
        help="re-run ingestion of a conversation, or of every dead letter",
        description="Invoke the PostCall function with the S3 event of an archived transcription, "
        "synchronously. With --dlq, replay every message of the dead-letter queue (Lambda OnFailure "
        "records) and delete each one whose replay succeeded. Ingestion is idempotent: replaying a "
        "success changes nothing.",
    )
    command.add_argument(
        "conversation_ids", nargs="*", metavar="CONVERSATION_ID", help="conversations to re-ingest"
    )
    command.add_argument("--dlq", action="store_true", help="replay the dead-letter queue instead")
    command.add_argument(
        "--function",
        metavar="NAME",
        help="PostCall function name or ARN (default: the stack's PostCallFunction)",
    )
    command.add_argument(
        "--queue-url", metavar="URL", help="dead-letter queue (default: stack output DeadLetterQueueUrl)"
    )
    command.add_argument("--limit", type=int, metavar="N", help="replay at most N dead letters")
    command.add_argument(
        "--lambda-endpoint-url",
        metavar="URL",
        help="Lambda Invoke API endpoint (default: --endpoint-url, AWS_ENDPOINT_URL_LAMBDA; "
        "with --local, the local server's)",
    )

    def run(args: argparse.Namespace) -> int:
        if args.dlq == bool(args.conversation_ids):
            raise UsageError("name CONVERSATION_IDs or pass --dlq (one of the two)")
        target = Target.resolve(args)
        if args.dlq:
            queue_url = target.dead_letter_queue()
            invoke = replay.LambdaInvoker(target.lambda_client(), target.post_call_function())
            return replay.run_dead_letters(target.sqs(), queue_url, invoke, target.bucket(), args.limit)
        bucket = target.bucket()
        invoke = replay.LambdaInvoker(target.lambda_client(), target.post_call_function())
        return replay.run_conversations(bucket, args.conversation_ids, invoke)

    command.set_defaults(run=run)


def _add_doctor(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    parents: list[argparse.ArgumentParser],
) -> None:
    command = commands.add_parser(
        "doctor",
        parents=parents,
        help="check secrets, Mem0, bucket, table, queue, the three URLs and the ElevenLabs side",
        description="Check a configuration, one PASS/FAIL line per dependency: the four secrets, Mem0, the "
        "archive bucket, the profile table, the dead-letter queue, that each URL answers 401 to a "
        "request without credentials and, with an ElevenLabs API key, the post-call webhook and each "
        "agent's tools, webhooks, overrides and data collection. Exits 1 if any check fails. Secret "
        "values are never printed.",
    )
    command.add_argument("--queue-url", metavar="URL", help="dead-letter queue (default: stack output)")
    for name, dest, flag in doctor.ENDPOINTS:
        output = URL_OUTPUTS[dest]
        command.add_argument(
            flag, dest=dest, metavar="URL", help=f"{name} URL to probe (default: stack output {output})"
        )

    command.add_argument(
        "--agent",
        action="append",
        default=[],
        metavar="ID",
        help="an agent whose ElevenLabs configuration to check (repeatable; default RECONCILE_AGENT_IDS)",
    )

    def run(args: argparse.Namespace) -> int:
        return doctor.run(Target.resolve(args), args.agent)

    command.set_defaults(run=run)
