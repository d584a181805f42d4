#!/usr/bin/env python3
"""The HTTP side of bench/crash.sh (run by it, not on its own). Loopback only; every request has a
timeout, so nothing here hangs.

  upload BASE TOKEN SID DIR CLIENTS ACKS CKPT
      POSTs DIR/*.pdf with CLIENTS threads until every file is sent or the server is gone; each 201
      is appended to ACKS at once ("id<TAB>sha256<TAB>file"), and the latest checkpoint the server
      answered is kept in CKPT (polled every 0.2 s), so the script knows what was acknowledged and
      which checkpoint an auditor held when the server was killed.
  check BASE SID ACKS CKPT OUT
      The checks after a restart; prints one JSON object: ready, every acknowledged upload of the
      round listed and byte-identical, evidence for the newest, the checkpoint, a consistency proof
      from CKPT (written to OUT/ for the offline verifier), the log not growing by itself, and a
      full fixity audit (database and store agree, the log's storage matches every checkpoint).
"""
import hashlib
import json
import os
import sys
import threading
import time
import urllib.error
import urllib.request

TIMEOUT = 30


def request(method, url, token=None, body=None, headers=None, timeout=TIMEOUT):
    """(status, headers, body bytes); status 0 when the server does not answer."""
    h = dict(headers or {})
    if token:
        h["Authorization"] = "Bearer " + token
    req = urllib.request.Request(url, data=body, method=method, headers=h)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return 0, {}, b""


def token(base, user):
    status, _, body = request("POST", base + "/api/v1/auth/token",
                              body=json.dumps({"username": user, "password": "demo-password"}).encode(),
                              headers={"Content-Type": "application/json"})
    if status != 200:
        raise SystemExit(f"no token for {user}: HTTP {status} {body[:200]!r}")
    return json.loads(body)["access_token"]


def multipart(name, content):
    boundary = "----crash" + hashlib.sha256(content).hexdigest()[:16]
    head = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n{name}\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n"
            f"Content-Type: application/pdf\r\n\r\n").encode()
    return boundary, head + content + f"\r\n--{boundary}--\r\n".encode()


def upload(base, tok, sid, folder, clients, acks, ckpt):
    files = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".pdf"))
    lock = threading.Lock()
    next_file = iter(files)
    gone = threading.Event()
    out = open(acks, "a", buffering=1)

    def client():
        while not gone.is_set():
            with lock:
                path = next(next_file, None)
            if path is None:
                return
            content = open(path, "rb").read()
            boundary, body = multipart(os.path.basename(path), content)
            status, _, answer = request("POST", f"{base}/api/v1/students/{sid}/artifacts", tok, body,
                                        {"Content-Type": "multipart/form-data; boundary=" + boundary}, 60)
            if status == 0:
                gone.set()
            elif status == 201:
                artifact = json.loads(answer)
                with lock:
                    out.write(f"{artifact['id']}\t{hashlib.sha256(content).hexdigest()}\t{path}\n")

    def checkpoints():
        while not gone.is_set():
            status, _, note = request("GET", base + "/api/v1/log/checkpoint", timeout=5)
            if status == 200:
                with open(ckpt + ".tmp", "wb") as f:
                    f.write(note)
                os.replace(ckpt + ".tmp", ckpt)
            elif status == 0:
                gone.set()
            time.sleep(0.2)

    threads = [threading.Thread(target=client) for _ in range(clients)] + [threading.Thread(target=checkpoints)]
    for t in threads:
        t.start()
    for t in threads[:-1]:
        t.join()
    gone.set()
    threads[-1].join()


def tree_size(note):
    return int(note.decode().split("\n")[1])


def wait_ready(base, seconds):
    deadline = time.time() + seconds
    status, body = 0, b""
    while time.time() < deadline:
        status, _, body = request("GET", base + "/health/ready", timeout=10)
        if status == 200:
            break
        time.sleep(1)
    return status, body


def audit(base, tok):
    status, headers, body = request("POST", base + "/api/v1/audits/fixity", tok)
    if status != 202:
        return f"start HTTP {status} {body[:200]!r}"
    location = headers.get("Location")
    url = location if location.startswith("http") else base + location
    deadline = time.time() + 600
    while time.time() < deadline:
        status, _, body = request("GET", url, tok)
        run = json.loads(body) if status == 200 else {}
        if run.get("state") in ("DONE", "FAILED", "INTERRUPTED"):
            failures = run.get("failures") or []
            if run["state"] == "DONE" and run.get("failureCount", 0) == 0:
                return "ok"
            first = failures[0] if failures else {}
            return (f"{run['state']} {run.get('failureCount')} failure(s) {run.get('note') or ''} "
                    f"{first.get('kind', '')} {first.get('path', '')} {first.get('actual', '')}").strip()
        time.sleep(1)
    return "audit did not finish in 600 s"


def listed_and_identical(base, tok, sid, acks):
    want = {a[0]: a for a in acks}
    seen, page = set(), 0
    while want.keys() - seen:
        status, _, body = request("GET", f"{base}/api/v1/students/{sid}/artifacts?page={page}&size=100", tok,
                                  timeout=120)
        if status != 200:
            return f"list page {page}: HTTP {status}"
        items = json.loads(body)["items"]
        if not items:
            break
        seen.update(i["id"] for i in items)
        page += 1
    missing = want.keys() - seen
    if missing:
        return f"{len(missing)} acknowledged upload(s) not listed, e.g. {sorted(missing)[0]}"
    for artifact_id, sha, path in acks:
        status, _, content = request("GET", f"{base}/api/v1/artifacts/{artifact_id}/content", tok, timeout=60)
        if status != 200 or hashlib.sha256(content).hexdigest() != sha or content != open(path, "rb").read():
            return f"{artifact_id}: HTTP {status}, not the bytes acknowledged"
    return "ok"


def check(base, sid, acks_file, ckpt, out):
    result = {}
    status, body = wait_ready(base, 120)
    result["ready"] = "ok" if status == 200 else f"HTTP {status} {body.decode(errors='replace')[:300]}"
    student, auditor = token(base, "student1"), token(base, "auditor1")
    acks = [line.rstrip("\n").split("\t") for line in open(acks_file)] if os.path.exists(acks_file) else []
    result["acknowledged"] = len(acks)
    result["listed"] = listed_and_identical(base, student, sid, acks)
    if acks:
        status, _, body = request("GET", f"{base}/api/v1/artifacts/{acks[-1][0]}/evidence", student, timeout=60)
        result["evidence"] = "ok" if status == 200 else f"HTTP {status} {body.decode(errors='replace')[:200]}"
    before = open(ckpt, "rb").read() if os.path.exists(ckpt) else None
    result["leavesBefore"] = tree_size(before) if before else 0
    status, _, after = request("GET", base + "/api/v1/log/checkpoint")
    if status != 200:
        result["checkpoint"] = f"HTTP {status} {after.decode(errors='replace')[:300]}"
        return result
    result["checkpoint"] = "ok"
    time.sleep(3)  # nothing is uploaded now: the tree must not grow by itself
    status, _, later = request("GET", base + "/api/v1/log/checkpoint")
    result["leavesAfter"] = tree_size(after)
    result["stable"] = "ok" if status == 200 and tree_size(later) == tree_size(after) else \
        f"grew from {tree_size(after)} to {tree_size(later) if status == 200 else '?'} in 3 s with no upload"
    with open(os.path.join(out, "new-checkpoint.txt"), "wb") as f:
        f.write(after)
    if before:
        with open(os.path.join(out, "old-checkpoint.txt"), "wb") as f:
            f.write(before)
        status, _, proof = request("GET", f"{base}/api/v1/log/proofs/consistency?from={tree_size(before)}"
                                          f"&to={tree_size(after)}")
        with open(os.path.join(out, "proof.json"), "wb") as f:
            f.write(proof if status == 200 else b"{}")
    status, _, keys = request("GET", base + "/api/v1/keys")
    active = [k for k in json.loads(keys) if k.get("status") == "ACTIVE"] if status == 200 else []
    with open(os.path.join(out, "key.pem"), "w") as f:
        f.write(active[0]["publicKeyPem"] if active else "")
    result["audit"] = audit(base, auditor)
    return result


def main(argv):
    if argv[0] == "upload":
        upload(argv[1], argv[2], argv[3], argv[4], int(argv[5]), argv[6], argv[7])
    elif argv[0] == "check":
        print(json.dumps(check(argv[1], argv[2], argv[3], argv[4], argv[5])))
    elif argv[0] == "token":
        print(token(argv[1], argv[2]))
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
