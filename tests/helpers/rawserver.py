"""A loopback TCP server whose behaviour is a plain function of the accepted socket: for PBX
answers no well-behaved HTTP server gives (trickled bytes, a huge body, a silent TLS port),
and to see the exact bytes a client sent."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable, Iterator

Behaviour = Callable[[socket.socket, "RawServer"], None]


class RawServer:
    def __init__(self, behaviour: Behaviour) -> None:
        self.behaviour = behaviour
        self.requests: list[bytes] = []
        """Every request head (and body, as far as Content-Length says) received."""
        self.connections = 0
        self._sock = socket.create_server(("127.0.0.1", 0))
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._accepter = threading.Thread(target=self._accept, daemon=True)

    @property
    def port(self) -> int:
        return int(self._sock.getsockname()[1])

    def url(self, scheme: str = "http") -> str:
        return f"{scheme}://127.0.0.1:{self.port}/"

    def start(self) -> RawServer:
        self._accepter.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        with contextlib.suppress(OSError):
            self._sock.close()
        for thread in self._threads:
            thread.join(timeout=5)

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            self.connections += 1
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket) -> None:
        with conn, contextlib.suppress(OSError):
            self.behaviour(conn, self)

    def read_request(self, conn: socket.socket) -> bytes:
        """Read one request (head and Content-Length body); record and return it."""
        conn.settimeout(5)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = conn.recv(65536)
            if not chunk:
                break
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip())
        while len(body) < length:
            chunk = conn.recv(65536)
            if not chunk:
                break
            body += chunk
        request = head + b"\r\n\r\n" + body
        self.requests.append(request)
        return request

    def stopped(self) -> bool:
        return self._stop.is_set()


def header(request: bytes, name: str) -> bytes | None:
    """The raw value of header ``name`` in ``request``."""
    head = request.partition(b"\r\n\r\n")[0]
    for line in head.split(b"\r\n")[1:]:
        key, _, value = line.partition(b":")
        if key.strip().lower() == name.lower().encode():
            return value.strip()
    return None


def reply(
    status: int, body: bytes, content_type: str = "application/json"
) -> Callable[[socket.socket, RawServer], None]:
    """Answer every request with ``status`` and ``body``."""

    def behaviour(conn: socket.socket, server: RawServer) -> None:
        server.read_request(conn)
        conn.sendall(
            f"HTTP/1.1 {status} X\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
            + body
        )

    return behaviour


@contextlib.contextmanager
def serving(behaviour: Behaviour) -> Iterator[RawServer]:
    server = RawServer(behaviour).start()
    try:
        yield server
    finally:
        server.stop()
