"""A local HTTP server on 127.0.0.1 serving small, valid MNIST-shaped IDX files, for the
download tests (core, CLI, GUI). Nothing here reaches the network."""
import gzip
import hashlib
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import numpy as np

from core.data.download import RemoteFile
from core.data.idx import IMAGES_MAGIC, LABELS_MAGIC, idx_bytes


def _gz(array, level=9):
    return gzip.compress(idx_bytes(array), compresslevel=level, mtime=0)


RNG = np.random.default_rng(0)
IMAGES = RNG.integers(0, 256, size=(40, 28, 28), dtype=np.uint8)
LABELS = RNG.integers(0, 10, size=40, dtype=np.uint8)
TEST_IMAGES = RNG.integers(0, 256, size=(10, 28, 28), dtype=np.uint8)
TEST_LABELS = RNG.integers(0, 10, size=10, dtype=np.uint8)
GOOD = {
    "train-images-idx3-ubyte.gz": _gz(IMAGES),
    "train-labels-idx1-ubyte.gz": _gz(LABELS),
    "t10k-images-idx3-ubyte.gz": _gz(TEST_IMAGES),
    "t10k-labels-idx1-ubyte.gz": _gz(TEST_LABELS),
}
FILES = tuple(
    RemoteFile(name, hashlib.md5(data).hexdigest(), IMAGES_MAGIC if "images" in name else LABELS_MAGIC, shape)
    for (name, data), shape in zip(GOOD.items(), [(40, 28, 28), (40,), (10, 28, 28), (10,)]))


class Server:
    """Serves ``files`` (name -> bytes) under /<prefix>/; ``truncate`` names are cut short mid-body;
    ``endless`` paths stream zeros until the client goes away (no Content-Length); ``slow`` paths
    send one byte every ``slow_interval`` seconds, for ever."""

    def __init__(self):
        self.routes = {}
        self.truncate = set()
        self.endless = set()
        self.slow = set()
        self.slow_interval = 0.2
        self.requests = []
        self.sent = {}
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server's hook
                server.requests.append(self.path)
                if self.path in server.endless or self.path in server.slow:
                    self._stream(self.path in server.slow)
                    return
                body = server.routes.get(self.path)
                if body is None:
                    self.send_error(404, "Not Found")
                    return
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if self.path in server.truncate:
                    self.wfile.write(body[: len(body) // 2])
                    self.wfile.flush()
                    self.close_connection = True
                    return
                self.wfile.write(body)

            def _stream(self, slow: bool):
                import time

                self.send_response(200)
                self.end_headers()
                chunk = b"\0" if slow else bytes(1 << 16)
                sent = 0
                try:
                    while not server.closing:
                        self.wfile.write(chunk)
                        self.wfile.flush()
                        sent += len(chunk)
                        server.sent[self.path] = sent
                        if slow:
                            time.sleep(server.slow_interval)
                except OSError:
                    pass  # the client went away
                self.close_connection = True

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def serve(self, prefix, files):
        for name, data in files.items():
            self.routes[f"/{prefix}/{name}"] = data
        return f"{self.url}/{prefix}/"

    closing = False

    def close(self):
        self.closing = True
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)
