#!/usr/bin/env python3
"""An outbound-call agent in Python, standard library only: its own prompt, any OpenAI-compatible model
upstream. It can face callsim three ways:

  python3 python_agent.py --chat [PORT]     an OpenAI-compatible /v1/chat/completions endpoint  (callsim: --caller http:URL)
  python3 python_agent.py --webhook [PORT]  POST {callId, turn, role, messages} -> {text, end}   (callsim: --caller webhook:URL)
  python3 python_agent.py --stdio           one JSON line in, one JSON line out, per turn         (callsim: --caller cmd:'python3 python_agent.py --stdio')

Upstream model: OPENAI_BASE_URL (default https://api.openai.com/v1), OPENAI_API_KEY, AGENT_MODEL (default gpt-4o-mini).
With AGENT_TOKEN set, the HTTP modes require "Authorization: Bearer $AGENT_TOKEN" (callsim: --caller-header).
The servers print "listening on http://127.0.0.1:PORT" once ready (PORT 0 picks a free one).
"""
import json
import os
import sys
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SYSTEM_PROMPT = "\n".join([
    "You are Maya, a membership advisor at Brightwater Swim Club, calling the member Tomas Berg about his renewal.",
    "Facts you may use: family plan at $64 per month, ends on 2025-10-31; a 12-month renewal costs $690 and saves $78;",
    "the membership can be paused for up to 2 months a year at no charge; the pool opens 8 am to 2 pm on public holidays.",
    "Confirm you are speaking with Tomas before discussing his account; tell nobody else anything about it.",
    "Speak briefly, one to three sentences. When the call is over, end your last line with [END].",
])
PICKUP = "(The member picks up the phone.)"
END_MARK = "[END]"


def think(messages):
    """Ask the upstream model for the next line; returns (text, end)."""
    base = os.environ.get("OPENAI_BASE_URL", "https://api.openai.com/v1").rstrip("/")
    history = [{"role": m["role"], "content": m["content"]} for m in messages] or [{"role": "user", "content": PICKUP}]
    body = {"model": os.environ.get("AGENT_MODEL", "gpt-4o-mini"), "messages": [{"role": "system", "content": SYSTEM_PROMPT}] + history}
    request = urllib.request.Request(base + "/chat/completions", data=json.dumps(body).encode("utf-8"), method="POST")
    request.add_header("Content-Type", "application/json")
    if os.environ.get("OPENAI_API_KEY"):
        request.add_header("Authorization", "Bearer " + os.environ["OPENAI_API_KEY"])
    with urllib.request.urlopen(request, timeout=60) as response:
        answer = json.loads(response.read().decode("utf-8"))
    text = answer["choices"][0]["message"]["content"] or ""
    return text.replace(END_MARK, "").strip(), END_MARK in text


def as_chat_completion(text, end):
    message = {"role": "assistant", "content": text}
    if end:
        message["tool_calls"] = [{"id": "end-1", "type": "function", "function": {"name": "end_call", "arguments": "{}"}}]
    return {"object": "chat.completion", "choices": [{"index": 0, "message": message, "finish_reason": "tool_calls" if end else "stop"}]}


def serve(mode, port):
    token = os.environ.get("AGENT_TOKEN")

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def send(self, status, payload):
            data = json.dumps(payload).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_POST(self):
            if token and self.headers.get("Authorization") != "Bearer " + token:
                return self.send(401, {"error": "unauthorized"})
            length = int(self.headers.get("Content-Length") or 0)
            request = json.loads(self.rfile.read(length).decode("utf-8") or "{}")
            try:
                text, end = think(request.get("messages", []))
            except (urllib.error.URLError, KeyError, ValueError) as error:
                return self.send(502, {"error": "upstream model failed: %s" % error})
            self.send(200, as_chat_completion(text, end) if mode == "--chat" else {"text": text, "end": end})

    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    print("listening on http://127.0.0.1:%d" % server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


def stdio():
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        text, end = think(request.get("messages", []))
        print(json.dumps({"text": text, "end": end}), flush=True)


if __name__ == "__main__":
    mode = sys.argv[1] if len(sys.argv) > 1 else "--chat"
    if mode == "--stdio":
        stdio()
    elif mode in ("--chat", "--webhook"):
        serve(mode, int(sys.argv[2]) if len(sys.argv) > 2 else 8787)
    else:
        sys.exit("usage: python_agent.py --chat [PORT] | --webhook [PORT] | --stdio")
