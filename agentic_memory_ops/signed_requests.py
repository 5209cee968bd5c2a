"""Only requests signed with the local stack's credentials reach its emulated AWS (``make run``).

moto answers whoever asks, whatever the signature: on 127.0.0.1 that is every process of every user
of the machine, and a browser page too (a form can post to any local port). The archive holds
transcripts, recordings and the callers' index, so ``local_server`` puts this WSGI check in front of
moto: a request passes only with a valid Signature Version 4, made with the secret access key that
the server sets in its own environment and writes to ``server.json`` (readable by its owner only).
The functions, the console and ``--local`` commands run in the server and sign as any boto3 client
does; another tool (``aws --endpoint-url``) uses the ``local`` key id and that secret.

The check recomputes the signature as AWS documents it
(https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html, and for presigned URLs
https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html) from the request as
sent, following botocore's signer (``botocore/auth.py``: ``SigV4Auth.canonical_request``, S3's path
left as sent, other services' normalised and quoted, the body's SHA-256 unless
``X-Amz-Content-SHA256`` names the payload) and compares in constant time.
"""

from __future__ import annotations

import base64
import calendar
import hashlib
import hmac
import io
import time
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import parse_qsl, quote

from botocore.utils import normalize_url_path

WsgiApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]
ACCESS_KEY_ID = "local"
_ALGORITHM = "AWS4-HMAC-SHA256"
_REFUSAL = (
    b'<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code>'
    b"<Message>Sign the request with the local stack's credentials (server.json)</Message></Error>"
)


class SignedOnly:
    """WSGI middleware: a request without a valid signature by ``secret`` gets a 403 and goes no further."""

    def __init__(self, app: WsgiApp, secret: str) -> None:
        self.app = app
        self.secret = secret

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if self.signed(environ):
            return self.app(environ, start_response)
        headers = [("Content-Type", "application/xml"), ("Content-Length", str(len(_REFUSAL)))]
        start_response("403 Forbidden", headers)
        return [_REFUSAL]

    def signed(self, environ: dict[str, Any]) -> bool:
        try:
            return self._signed(environ)
        except (KeyError, ValueError, IndexError):  # a malformed Authorization or query: not signed
            return False

    def _signed(self, environ: dict[str, Any]) -> bool:
        raw = str(environ.get("RAW_URI") or environ.get("REQUEST_URI") or environ.get("PATH_INFO", "/"))
        path, _, query = raw.partition("?")
        pairs = [(key, value) for key, _, value in (p.partition("=") for p in query.split("&") if p)]
        presigned = dict(parse_qsl(query))
        if "AWSAccessKeyId" in presigned:  # S3's older presigned URL, botocore's default for S3 (v2)
            return self._presigned_v2(str(environ["REQUEST_METHOD"]), path, presigned)
        if "X-Amz-Signature" in presigned:  # a presigned URL (the console's recordings)
            given, credential = presigned["X-Amz-Signature"], presigned["X-Amz-Credential"]
            signed_headers, stamp = presigned["X-Amz-SignedHeaders"], presigned["X-Amz-Date"]
            made = calendar.timegm(time.strptime(stamp, "%Y%m%dT%H%M%SZ"))
            if time.time() > made + int(presigned["X-Amz-Expires"]):
                return False
            pairs = [(key, value) for key, value in pairs if key != "X-Amz-Signature"]
            payload = "UNSIGNED-PAYLOAD"
        else:
            fields = environ["HTTP_AUTHORIZATION"].removeprefix(_ALGORITHM + " ")
            parts = {k.strip(): v for k, _, v in (item.partition("=") for item in fields.split(","))}
            given, credential = parts["Signature"], parts["Credential"]
            signed_headers = parts["SignedHeaders"]
            stamp = environ["HTTP_X_AMZ_DATE"]
            payload = environ.get("HTTP_X_AMZ_CONTENT_SHA256") or hashlib.sha256(_body(environ)).hexdigest()
        key_id, date, region, service, terminal = credential.split("/")
        if key_id != ACCESS_KEY_ID or terminal != "aws4_request" or not stamp.startswith(date):
            return False
        if service != "s3":
            path = quote(normalize_url_path(path), safe="/~")
        names = signed_headers.split(";")
        canonical = "\n".join(
            [
                str(environ["REQUEST_METHOD"]).upper(),
                path,
                "&".join(f"{key}={value}" for key, value in sorted(pairs)),
                "".join(f"{name}:{' '.join(_header(environ, name).split())}\n" for name in names),
                signed_headers,
                payload,
            ]
        )
        scope = f"{date}/{region}/{service}/aws4_request"
        to_sign = f"{_ALGORITHM}\n{stamp}\n{scope}\n{hashlib.sha256(canonical.encode()).hexdigest()}"
        signing_key = f"AWS4{self.secret}".encode()
        for part in (date, region, service, "aws4_request"):
            signing_key = hmac.new(signing_key, part.encode(), hashlib.sha256).digest()
        expected = hmac.new(signing_key, to_sign.encode(), hashlib.sha256).hexdigest()
        return hmac.compare_digest(expected.encode(), given.encode())

    def _presigned_v2(self, method: str, path: str, query: dict[str, str]) -> bool:
        """https://docs.aws.amazon.com/AmazonS3/latest/userguide/RESTAuthentication.html#RESTAuthenticationQueryStringAuth
        (botocore's ``HmacV1QueryAuth``): no Content-MD5, Content-Type nor x-amz header is signed in
        the links made here, and no sub-resource is in them."""
        if query["AWSAccessKeyId"] != ACCESS_KEY_ID or time.time() > int(query["Expires"]):
            return False
        to_sign = f"{method.upper()}\n\n\n{query['Expires']}\n{path}"
        digest = hmac.new(self.secret.encode(), to_sign.encode(), hashlib.sha1).digest()
        return hmac.compare_digest(base64.b64encode(digest), query["Signature"].encode())


def _header(environ: dict[str, Any], name: str) -> str:
    if name in ("content-type", "content-length"):
        return str(environ.get(name.replace("-", "_").upper(), ""))
    return str(environ["HTTP_" + name.replace("-", "_").upper()])


def _body(environ: dict[str, Any]) -> bytes:
    """The body, read and put back for the application behind."""
    length = int(environ.get("CONTENT_LENGTH") or 0)
    body = environ["wsgi.input"].read(length) if length else b""
    environ["wsgi.input"] = io.BytesIO(body)
    return bytes(body)
