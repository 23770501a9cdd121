"""A real SMTP server on loopback (aiosmtpd) that keeps every message it accepted."""

from __future__ import annotations

import email
import email.policy
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Received:
    recipients: list[str]
    message: EmailMessage

    @property
    def message_id(self) -> str:
        return self.message["Message-ID"]

    def part(self, subtype: str) -> str:
        return self.message.get_body(preferencelist=(subtype,)).get_content()


@dataclass
class SmtpSink:
    """``on_mail(n)`` runs when the n-th MAIL FROM arrives (1-based), before it is answered;
    ``refuse_data`` makes the server answer DATA with a temporary error that many times."""
    on_mail: Callable[[int], None] | None = None
    refuse_data: int = 0
    received: list[Received] = field(default_factory=list)
    mail_commands: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_MAIL(self, server, session, envelope, address, mail_options):  # noqa: ANN001, ANN201, N802
        with self.lock:
            self.mail_commands += 1
            number = self.mail_commands
        if self.on_mail is not None:
            self.on_mail(number)
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: ANN001, ANN201, N802
        with self.lock:
            if self.refuse_data > 0:
                self.refuse_data -= 1
                return "451 4.3.0 Try again later"
            message = email.message_from_bytes(envelope.content, policy=email.policy.default)
            self.received.append(Received(list(envelope.rcpt_tos), message))
        return "250 OK"


class SmtpServer:
    def __init__(self, sink: SmtpSink) -> None:
        self.sink = sink
        self.port = free_port()
        self.controller = Controller(sink, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def env(self) -> dict[str, str]:
        return {"IDEABANK_SMTP_HOST": "127.0.0.1", "IDEABANK_SMTP_PORT": str(self.port),
                "IDEABANK_SMTP_SECURITY": "none", "IDEABANK_MAIL_FROM": "Idea Bank <bank@example.org>"}

    def stop(self) -> None:
        self.controller.stop()
