"""Read-only SPARQL 1.1 Protocol endpoint over a store, answered by Oxigraph's own engine (pyoxigraph).

Bound to 127.0.0.1 by default; every query gets a timeout and a row limit; updates are refused with 403.
"""
from __future__ import annotations

import json
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

from .store import DATA_DIR


def _term(t) -> dict:
    import pyoxigraph as ox

    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    out = {"type": "literal", "value": t.value}
    if t.language:
        out["xml:lang"] = t.language
    elif t.datatype and t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = t.datatype.value
    return out


class QueryTimeout(Exception):
    pass


def run_query(store, sparql: str, timeout: float, row_limit: int) -> tuple[str, bytes]:
    """(content type, body) of a query's results; raises ValueError on a bad query, QueryTimeout when too slow."""
    import pyoxigraph as ox

    box: dict = {}

    def work() -> None:
        try:
            res = store.query(sparql, use_default_graph_as_union=True)
            if isinstance(res, (bool, ox.QueryBoolean)):
                box["out"] = ("application/sparql-results+json", json.dumps({"head": {}, "boolean": bool(res)}).encode())
            elif isinstance(res, ox.QuerySolutions):
                names = [v.value for v in res.variables]
                rows = []
                for sol in res:
                    if len(rows) >= row_limit or box.get("stop"):
                        break
                    rows.append({n: _term(sol[n]) for n in names if sol[n] is not None})
                body = {"head": {"vars": names}, "results": {"bindings": rows}}
                box["out"] = ("application/sparql-results+json", json.dumps(body, ensure_ascii=False).encode())
            else:
                box["out"] = ("application/n-triples", res.serialize(format=ox.RdfFormat.N_TRIPLES))
        except (SyntaxError, ValueError) as exc:
            box["err"] = ValueError(str(exc))
        except Exception as exc:  # evaluation errors go back to the client, not up the server
            box["err"] = ValueError(f"query failed: {exc}")

    th = threading.Thread(target=work, daemon=True)
    th.start()
    th.join(timeout)
    if th.is_alive():
        box["stop"] = True
        raise QueryTimeout(f"query took longer than {timeout:g}s")
    if "err" in box:
        raise box["err"]
    return box["out"]


def make_server(store_path: str | Path, host: str = "127.0.0.1", port: int = 7878, timeout: float = 10.0,
                row_limit: int = 10000) -> ThreadingHTTPServer:
    import pyoxigraph as ox

    path = Path(store_path) / DATA_DIR
    if not path.is_dir():
        raise FileNotFoundError(f"no store at {store_path}")
    store = ox.Store.read_only(str(path))

    class Handler(BaseHTTPRequestHandler):
        server_version = "simpul-sparql/0.1"

        def log_message(self, *args) -> None:  # quiet by default
            pass

        def _send(self, status: int, ctype: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _answer(self, params: dict, raw_query: str | None) -> None:
            if "update" in params:
                return self._send(HTTPStatus.FORBIDDEN, "text/plain", b"updates are not allowed: read-only endpoint\n")
            q = raw_query if raw_query is not None else (params.get("query") or [None])[0]
            if not q:
                return self._send(HTTPStatus.BAD_REQUEST, "text/plain", b"missing 'query' parameter\n")
            try:
                ctype, body = run_query(store, q, timeout, row_limit)
            except QueryTimeout as exc:
                return self._send(HTTPStatus.SERVICE_UNAVAILABLE, "text/plain", f"{exc}\n".encode())
            except ValueError as exc:
                return self._send(HTTPStatus.BAD_REQUEST, "text/plain", f"{exc}\n".encode())
            self._send(HTTPStatus.OK, ctype, body)

        def do_GET(self) -> None:
            url = urlparse(self.path)
            if url.path not in ("/", "/sparql", "/query"):
                return self._send(HTTPStatus.NOT_FOUND, "text/plain", b"not found\n")
            self._answer(parse_qs(url.query), None)

        def do_POST(self) -> None:
            n = int(self.headers.get("Content-Length") or 0)
            data = self.rfile.read(n).decode("utf-8", errors="replace")
            ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip()
            if ctype == "application/sparql-update":
                return self._answer({"update": [data]}, None)
            if ctype == "application/sparql-query":
                return self._answer(parse_qs(urlparse(self.path).query), data)
            self._answer(parse_qs(data), None)

    return ThreadingHTTPServer((host, port), Handler)


def serve(store_path: str | Path, host: str = "127.0.0.1", port: int = 7878, timeout: float = 10.0,
          row_limit: int = 10000) -> None:
    srv = make_server(store_path, host, port, timeout, row_limit)
    print(f"SPARQL endpoint (read-only) on http://{host}:{srv.server_address[1]}/sparql")
    try:
        srv.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        srv.server_close()
