#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Drive the offline web atlas in headless Chromium and check its page contract.

Usage:
  /usr/bin/python3 tests/browser/webatlas_browser.py --atlas DIR/index.html \
      --expect DIR/verwacht.json --screenshots OUTDIR \
      [--chromium /usr/bin/chromium] [--timeout 30]

The C++ test writes the atlas and an expectations file (verwacht.json); this
script opens the atlas from file:// in headless Chromium, talks to it over the
Chrome DevTools Protocol (CDP, through the `websocket` module) and checks, in
order:

   1. index.html gets ready (window.veerkrachtAtlas.klaar), <html lang="nl">,
      the print button's word, a non-empty #datum;
   2. the number of drawn buurten (path.vk-buurt) and their distinct data-codes;
   3. per map: switching with its radio, the legend's title and items (class,
      label, count), the fill of each expected buurt, every fill well-formed,
      a screenshot <map id>.png;
   4. hovering a buurt shows a tooltip with its name and class label;
   5. clicking each expected buurt opens #paneel with its name and numbers;
   6. searching: clicking a result and pressing Enter open the right buurt;
   7. the print view hides the controls, keeps legend and source (afdrukken.png);
   8. Tab reaches #zoek and a map radio;
   9. index.html?lang=en: <html lang="en"> and the English print button;
  10. during the whole run: no request leaving the machine (http:, https:,
      ws: ...), no JavaScript exception, no console error, no error in the
      browser log (such as a missing file).

Output: one "ok: ..." line per passed check, one "FAIL: ..." line per failed
check, then "PASS: N checks" or "FAILED: K of N checks failed".

Exit codes:
   0  every check passed;
   1  at least one check failed (also: bad arguments or expectations, a
      SIGTERM/SIGINT during the run);
  77  the checks cannot run: one line "SKIP: <why>" (no Chromium binary at the
      path, no `websocket` module, Chromium exited or printed no DevTools URL
      within 20 s, no page target could be opened).

Chromium runs in its own process group with a temporary profile; both are
removed at exit, also after an exception or SIGTERM.
"""

import argparse
import base64
import collections
import json
import os
import pathlib
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import unicodedata
import urllib.request

EXIT_PASS, EXIT_FAIL, EXIT_SKIP = 0, 1, 77

# Schemes that stay on this machine; any other scheme in a request is a FAIL.
LOCAL_SCHEMES = {"file", "data", "blob", "about", "devtools", "chrome"}

VIEWPORT_W, VIEWPORT_H = 1280, 900
STARTUP_TIMEOUT = 20.0      # seconds Chromium gets to print its DevTools URL
COMMAND_TIMEOUT = 20.0      # seconds one CDP command may take
SETTLE_TIMEOUT = 3.0        # seconds the page gets to react to a click/key/type
POLL_INTERVAL = 0.05
AFTER_SCHERMPUNT = 0.2      # the contract: wait ~200 ms before using the point
BRON_TEKST = "Bron: CBS, Kadaster, Leefbaarometer (BZK), Politie"


class Skip(Exception):
    """The checks cannot run on this machine (exit 77)."""


class CDPError(Exception):
    """A CDP command failed, timed out or the connection is gone."""


class JSError(Exception):
    """An expression evaluated by the driver threw in the page."""


class Terminated(BaseException):
    """SIGTERM/SIGINT/SIGHUP: a BaseException so that no check swallows it."""


def normalise(text):
    """Text as compared: U+2212 minus as '-', runs of white space (also no-break) as one space, trimmed."""
    text = "" if text is None else str(text)
    return re.sub(r"\s+", " ", text.replace("\u2212", "-")).strip()


def fold(text):
    """Case- and accent-insensitive form for 'contains' comparisons."""
    decomposed = unicodedata.normalize("NFD", normalise(text))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def digits(value):
    """A count as digits only: '1.234' and 1234 both become '1234'."""
    return re.sub(r"\D", "", str(value))


def fill_key(value):
    """A fill as compared: case-insensitive, without white space."""
    return re.sub(r"\s+", "", str(value or "")).lower()


def show(value):
    return json.dumps(value, ensure_ascii=False)


# --------------------------------------------------------------------------
# Reporting


class Report:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def ok(self, what):
        self.passed += 1
        print("ok: " + what, flush=True)

    def fail(self, what):
        self.failed += 1
        print("FAIL: " + what, flush=True)

    def check(self, condition, what, expected=None, got=None):
        if condition:
            self.ok(what)
        elif expected is None and got is None:
            self.fail(what)
        else:
            self.fail("%s: expected %s, got %s" % (what, show(expected), show(got)))
        return bool(condition)

    def total(self):
        return self.passed + self.failed


# --------------------------------------------------------------------------
# Chromium process


class Chromium:
    """Starts headless Chromium in its own process group and always cleans up after it."""

    def __init__(self, binary):
        self.binary = binary
        self.process = None
        self.profile = None
        self.stderr_tail = collections.deque(maxlen=200)
        self.ws_url = None
        self._url_seen = threading.Event()

    def start(self):
        self.profile = tempfile.mkdtemp(prefix="webatlas-chromium-")
        command = [
            self.binary, "--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
            "--remote-debugging-port=0", "--remote-allow-origins=*",
            "--user-data-dir=" + self.profile,
            "--window-size=%d,%d" % (VIEWPORT_W, VIEWPORT_H), "about:blank",
        ]
        try:
            # A new session: the Debian launcher is a shell script and Chromium
            # forks helpers; killing the group gets all of them.
            self.process = subprocess.Popen(
                command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE, start_new_session=True)
        except OSError as e:
            raise Skip("cannot start chromium at %s: %s" % (self.binary, e))
        # Keep reading stderr for the whole run so that Chromium never blocks on
        # a full pipe; the tail is kept for messages.
        threading.Thread(target=self._read_stderr, daemon=True).start()
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while time.monotonic() < deadline:
            if self._url_seen.wait(0.1):
                return self.ws_url
            if self.process.poll() is not None:
                self._url_seen.wait(0.5)  # let the reader catch the last lines
                raise Skip("chromium exited with code %s before giving a DevTools URL; stderr: %s"
                           % (self.process.returncode, self.last_stderr()))
        raise Skip("chromium gave no DevTools URL within %d s; stderr: %s"
                   % (STARTUP_TIMEOUT, self.last_stderr()))

    def _read_stderr(self):
        stream = self.process.stderr  # stop() may drop self.process meanwhile
        for raw in iter(stream.readline, b""):
            line = raw.decode("utf-8", "replace").rstrip()
            self.stderr_tail.append(line)
            match = re.search(r"DevTools listening on (ws://\S+)", line)
            if match and not self._url_seen.is_set():
                self.ws_url = match.group(1)
                self._url_seen.set()
        stream.close()

    def last_stderr(self, count=6):
        """The last stderr lines as one line; D-Bus complaints are noise in a container."""
        lines = [l for l in self.stderr_tail if l.strip()]
        useful = [l for l in lines if "dbus" not in l.lower()] or lines
        return " | ".join(useful[-count:]) or "(empty)"

    def stop(self):
        """Kill the process group, wait for it, remove the profile. Safe to call twice."""
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            for sig, wait in ((signal.SIGTERM, 3.0), (signal.SIGKILL, 3.0)):
                try:
                    os.killpg(process.pid, sig)
                except (ProcessLookupError, PermissionError):
                    pass
                try:
                    process.wait(wait)
                    break
                except subprocess.TimeoutExpired:
                    continue
        if process is not None:
            # Helpers may outlive the launcher's main process for a moment.
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        profile, self.profile = self.profile, None
        if profile:
            for _ in range(5):
                shutil.rmtree(profile, ignore_errors=True)
                if not os.path.exists(profile):
                    break
                time.sleep(0.2)


# --------------------------------------------------------------------------
# CDP client


class CDP:
    """A minimal CDP client: one websocket, commands answered by id, events handed to listeners.

    With a flat session (Target.attachToTarget flatten:true) the page's
    commands go over the browser's socket with a sessionId; without one the
    socket is the page's own."""

    def __init__(self, websocket_module, url):
        self._ws_module = websocket_module
        # No proxy for 127.0.0.1, whatever http_proxy/no_proxy say.
        self.ws = websocket_module.create_connection(
            url, timeout=COMMAND_TIMEOUT, http_no_proxy=["127.0.0.1", "localhost"])
        self.next_id = 0
        self.session_id = None
        self.listeners = []
        self.crashed = None

    def close(self):
        try:
            self.ws.close()
        except Exception:
            pass

    def send(self, method, params=None, timeout=COMMAND_TIMEOUT, session=True):
        """Send a command and wait for its reply; events arriving meanwhile go to the listeners."""
        if self.crashed:
            raise CDPError("%s: the page has crashed (%s)" % (method, self.crashed))
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session_id:
            message["sessionId"] = self.session_id
        try:
            self.ws.send(json.dumps(message))
        except Exception as e:
            raise CDPError("%s: connection to Chromium lost (%s)" % (method, e))
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise CDPError("%s: no reply within %.0f s" % (method, timeout))
            reply = self._receive(remaining)
            if reply is not None and reply.get("id") == message["id"]:
                if "error" in reply:
                    raise CDPError("%s: %s" % (method, reply["error"].get("message", reply["error"])))
                return reply.get("result", {})
            if self.crashed:
                raise CDPError("%s: the page has crashed (%s)" % (method, self.crashed))

    def _receive(self, timeout):
        """One message, or None on timeout; events are dispatched here."""
        self.ws.settimeout(max(timeout, 0.001))
        try:
            raw = self.ws.recv()
        except self._ws_module.WebSocketTimeoutException:
            return None
        except Exception as e:
            raise CDPError("connection to Chromium lost (%s)" % e)
        if not raw:
            return None
        message = json.loads(raw)
        if "method" in message:
            self._dispatch(message)
        return message

    def _dispatch(self, message):
        # Only the page session's events (and the page socket's own) count.
        if self.session_id and message.get("sessionId") not in (None, self.session_id):
            return
        method, params = message["method"], message.get("params", {})
        if method == "Inspector.targetCrashed":
            self.crashed = "Inspector.targetCrashed"
        elif method == "Target.detachedFromTarget" and params.get("sessionId") == self.session_id:
            self.crashed = "detached from the page target"
        if self.session_id and message.get("sessionId") is None:
            return  # a browser-level event
        for listener in self.listeners:
            listener(method, params)

    def pump(self, seconds):
        """Wait while handling events (instead of a blind sleep)."""
        deadline = time.monotonic() + seconds
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return
            self._receive(remaining)


def open_page(websocket_module, ws_url):
    """A CDP connection to a fresh page: a flat session on the browser socket, else the page's own socket."""
    reasons = []
    try:
        cdp = CDP(websocket_module, ws_url)
        try:
            target = cdp.send("Target.createTarget", {"url": "about:blank"})["targetId"]
            cdp.session_id = cdp.send("Target.attachToTarget",
                                      {"targetId": target, "flatten": True})["sessionId"]
            return cdp
        except Exception:
            cdp.close()
            raise
    except Exception as e:
        reasons.append("flat session: %s" % e)
    try:
        port = re.match(r"ws://[^:/]+:(\d+)/", ws_url).group(1)
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with opener.open("http://127.0.0.1:%s/json/list" % port, timeout=5) as response:
            targets = json.load(response)
        pages = [t for t in targets if t.get("type") == "page" and t.get("webSocketDebuggerUrl")]
        if not pages:
            raise CDPError("no page in /json/list")
        return CDP(websocket_module, pages[0]["webSocketDebuggerUrl"])
    except Exception as e:
        reasons.append("/json/list: %s" % e)
    raise Skip("cannot open a page over DevTools (%s)" % "; ".join(reasons))


# --------------------------------------------------------------------------
# Events collected for the whole run


class Collector:
    """Everything that is a FAIL whenever it happens: requests off the machine, exceptions, errors."""

    def __init__(self):
        self.external = []        # requests leaving the machine
        self.external_urls = set()
        self.exceptions = []
        self.console = []
        self.log = []
        self.page = ""            # which load the events belong to, e.g. "[en] "

    def __call__(self, method, params):
        if method == "Network.requestWillBeSent":
            request = params.get("request", {})
            self._request(request.get("method", "GET"), request.get("url", ""), params.get("type", ""))
        elif method == "Network.webSocketCreated":
            self._request("WEBSOCKET", params.get("url", ""), "WebSocket")
        elif method == "Runtime.exceptionThrown":
            self.exceptions.append(self.page + describe_exception(params.get("exceptionDetails", {})))
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            text = " ".join(describe_remote_object(a) for a in params.get("args", []))
            frames = (params.get("stackTrace") or {}).get("callFrames") or []
            where = " (%s:%s)" % (frames[0].get("url"), frames[0].get("lineNumber", 0) + 1) if frames else ""
            self.console.append("%sconsole.%s: %s%s" % (self.page, params["type"], text, where))
        elif method == "Log.entryAdded":
            entry = params.get("entry", {})
            if entry.get("level") == "error":
                if entry.get("url") in self.external_urls:
                    return  # the blocked external request itself, reported once already
                where = " (%s)" % entry["url"] if entry.get("url") else ""
                self.log.append("%s%s: %s%s" % (self.page, entry.get("source", "log"), entry.get("text", ""), where))

    def _request(self, method, url, kind):
        scheme = url.split(":", 1)[0].lower() if ":" in url else ""
        if scheme not in LOCAL_SCHEMES:
            self.external_urls.add(url)
            self.external.append("%s%s %s%s" % (self.page, method, url, " (%s)" % kind if kind else ""))

    def summary(self):
        parts = []
        for name, items in (("exceptions", self.exceptions), ("console errors", self.console),
                            ("log errors", self.log), ("external requests", self.external)):
            if items:
                parts.append("%s: %s" % (name, "; ".join(items[:5])))
        return "; ".join(parts) or "no exceptions or errors were reported"


def describe_remote_object(obj):
    if "value" in obj:
        return obj["value"] if isinstance(obj["value"], str) else json.dumps(obj["value"])
    return obj.get("description") or obj.get("unserializableValue") or obj.get("type", "?")


def describe_exception(details):
    text = details.get("text", "")
    exception = details.get("exception") or {}
    description = exception.get("description") or exception.get("value") or ""
    if description:
        lines = str(description).splitlines()
        # The message and the first stack frame; the whole stack would swamp the log.
        description = " | ".join(l.strip() for l in lines[:2])
    where = ""
    if details.get("url"):
        where = " (%s:%s:%s)" % (details["url"], details.get("lineNumber", 0) + 1,
                                 details.get("columnNumber", 0) + 1)
    # Chromium puts the message in text ("Uncaught TypeError: ...") or only
    # "Uncaught" there with the message in the description: show each once.
    parts = [p for p in (text, description) if p]
    if len(parts) == 2 and (parts[1].startswith(parts[0].replace("Uncaught ", "", 1)) and parts[0] != "Uncaught"):
        parts = [parts[0]]
    return " ".join(parts) + where


# --------------------------------------------------------------------------
# Page helpers


# Describes an element for messages, e.g. "path.vk-buurt[data-code=BU1]".
JS_DESCRIBE = r"""
const __beschrijf = (e) => {
  if (!e) return 'nothing';
  let s = e.tagName.toLowerCase();
  if (e.id) s += '#' + e.id;
  const c = e.getAttribute && e.getAttribute('class');
  if (c && c.trim()) s += '.' + c.trim().split(/\s+/).join('.');
  if (e.getAttribute && e.getAttribute('data-code')) s += '[data-code=' + e.getAttribute('data-code') + ']';
  return s;
};
"""


class Page:
    def __init__(self, cdp):
        self.cdp = cdp

    def send(self, method, params=None, timeout=COMMAND_TIMEOUT):
        return self.cdp.send(method, params, timeout)

    def evaluate(self, expression, timeout=COMMAND_TIMEOUT):
        """The expression's value (by value, promises awaited); JSError if it throws."""
        result = self.send("Runtime.evaluate", {
            "expression": expression, "returnByValue": True, "awaitPromise": True,
            "userGesture": True}, timeout)
        if "exceptionDetails" in result:
            raise JSError(describe_exception(result["exceptionDetails"]))
        return result.get("result", {}).get("value")

    def wait_for(self, expression, timeout):
        """Poll a JS expression until it is truthy; returns its value, raises CDPError on timeout.

        Errors while polling (no execution context during a navigation, the
        expression throwing because the page is not there yet) count as 'not yet'."""
        deadline = time.monotonic() + timeout
        last = None
        while True:
            try:
                value = self.evaluate(expression, timeout=max(1.0, min(COMMAND_TIMEOUT, deadline - time.monotonic() + 1)))
                if value:
                    return value
                last = value
            except JSError as e:
                last = "exception: %s" % e
            except CDPError as e:
                if self.cdp.crashed:
                    raise
                last = "error: %s" % e
            if time.monotonic() >= deadline:
                raise CDPError("timed out after %.0f s waiting for %s (last: %s)" % (timeout, expression, last))
            self.cdp.pump(POLL_INTERVAL)

    def poll(self, fetch, done, timeout=SETTLE_TIMEOUT):
        """Fetch a state (JS) until done(state) or the timeout; returns the last state."""
        deadline = time.monotonic() + timeout
        while True:
            state = fetch()
            if done(state) or time.monotonic() >= deadline:
                return state
            self.cdp.pump(POLL_INTERVAL)

    def sleep(self, seconds):
        self.cdp.pump(seconds)

    # Input --------------------------------------------------------------

    def mouse_move(self, x, y):
        self.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y, "button": "none", "buttons": 0})

    def mouse_click(self, x, y):
        self.mouse_move(x, y)
        self.send("Input.dispatchMouseEvent", {"type": "mousePressed", "x": x, "y": y, "button": "left",
                                               "buttons": 1, "clickCount": 1})
        self.send("Input.dispatchMouseEvent", {"type": "mouseReleased", "x": x, "y": y, "button": "left",
                                               "buttons": 0, "clickCount": 1})

    def press_key(self, key, code, keycode, text=None):
        """A key press as Puppeteer sends it: keyDown with text (which also fires keypress) or rawKeyDown, then keyUp."""
        down = {"type": "keyDown" if text else "rawKeyDown", "key": key, "code": code,
                "windowsVirtualKeyCode": keycode, "nativeVirtualKeyCode": keycode}
        if text:
            down.update(text=text, unmodifiedText=text)
        self.send("Input.dispatchKeyEvent", down)
        self.send("Input.dispatchKeyEvent", {"type": "keyUp", "key": key, "code": code,
                                             "windowsVirtualKeyCode": keycode, "nativeVirtualKeyCode": keycode})

    def click_element(self, element_js):
        """Click an element: a real mouse click at its centre when that point hits it (or its label), else element.click().

        Returns 'mouse', 'js' or None when the element does not exist."""
        where = self.evaluate("(() => {" + JS_DESCRIBE + """
            const e = (%s);
            if (!e) return null;
            e.scrollIntoView({block: 'nearest', inline: 'nearest'});
            const r = e.getBoundingClientRect();
            const x = r.left + r.width / 2, y = r.top + r.height / 2;
            const hit = document.elementFromPoint(x, y);
            const labels = e.labels ? Array.from(e.labels) : [];
            const raak = !!hit && r.width > 0 && r.height > 0 &&
                (hit === e || e.contains(hit) || labels.some(l => l === hit || l.contains(hit)));
            return {x: x, y: y, raak: raak};
        })()""" % element_js)
        if where is None:
            return None
        if where["raak"] and 0 <= where["x"] < VIEWPORT_W and 0 <= where["y"] < VIEWPORT_H:
            self.mouse_click(where["x"], where["y"])
            return "mouse"
        self.evaluate("(%s).click()" % element_js)
        return "js"

    def screenshot(self, path):
        data = self.send("Page.captureScreenshot", {"format": "png"}, timeout=30)["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))
        return os.path.getsize(path)

    def navigate_and_wait(self, url, timeout):
        """Navigate and wait until the new document's atlas says klaar; raises CDPError with a diagnosis."""
        # A mark on the old document tells it apart from the new one (the old
        # one may itself be an atlas that is klaar).
        try:
            self.evaluate("window.__webatlasDriverOud = true")
        except (JSError, CDPError):
            pass
        result = self.send("Page.navigate", {"url": url})
        if result.get("errorText"):
            raise CDPError("navigation to %s failed: %s" % (url, result["errorText"]))
        try:
            self.wait_for("!window.__webatlasDriverOud && document.readyState !== 'loading' && "
                          "!!window.veerkrachtAtlas && window.veerkrachtAtlas.klaar === true", timeout)
        except CDPError:
            try:
                state = self.evaluate("({href: location.href, readyState: document.readyState, "
                                      "veerkrachtAtlas: typeof window.veerkrachtAtlas, "
                                      "klaar: window.veerkrachtAtlas ? String(window.veerkrachtAtlas.klaar) : null})")
            except (JSError, CDPError) as e:
                state = "unknown (%s)" % e
            raise CDPError("window.veerkrachtAtlas.klaar did not become true within %s s at %s; page state %s"
                           % (timeout, url, show(state)))


# --------------------------------------------------------------------------
# The checks


class Checks:
    def __init__(self, page, report, collector, expect, atlas_url, screenshots, timeout):
        self.page = page
        self.report = report
        self.collector = collector
        self.expect = expect
        self.atlas_url = atlas_url
        self.screenshots = screenshots
        self.timeout = timeout
        self.names = {b["code"]: b["naam"] for b in expect.get("buurten", [])}

    # 1, 9 -----------------------------------------------------------------

    def check_load(self, lang):
        url = self.atlas_url + ("?lang=" + lang if lang != "nl" else "")
        self.collector.page = "[%s] " % lang
        try:
            started = time.monotonic()
            self.page.navigate_and_wait(url, self.timeout)
            self.report.ok("%s loads and becomes klaar (%.1f s)" % (url, time.monotonic() - started))
        except CDPError as e:
            self.report.fail("%s; collected so far: %s" % (e, self.collector.summary()))
            return False
        state = self.page.evaluate("""(() => {
            const t = (id) => { const e = document.getElementById(id); return e ? e.textContent : null; };
            return {lang: document.documentElement.lang, afdrukken: t('afdrukken'), datum: t('datum')};
        })()""")
        self.report.check(state["lang"] == lang, "[%s] document.documentElement.lang" % lang, lang, state["lang"])
        word = self.expect.get("talen", {}).get(lang, {}).get("afdrukken")
        got = normalise(state["afdrukken"]) if state["afdrukken"] is not None else None
        self.report.check(word is not None and got == normalise(word),
                          "[%s] #afdrukken text" % lang, word, got)
        if lang == "nl":
            self.report.check(bool(normalise(state["datum"])), "#datum has text",
                              "non-empty text", state["datum"])
        return True

    # 2 --------------------------------------------------------------------

    def check_buurten_drawn(self):
        state = self.page.evaluate("""(() => {
            const codes = Array.from(document.querySelectorAll('path.vk-buurt'), p => (p.getAttribute('data-code') || '').trim());
            return {n: codes.length, empty: codes.filter(c => !c).length,
                    distinct: new Set(codes.filter(c => c)).size, codes: codes};
        })()""")
        aantal = self.expect.get("aantal")
        self.report.check(state["n"] == aantal, "number of path.vk-buurt", aantal, state["n"])
        self.report.check(state["empty"] == 0, "every path.vk-buurt has a data-code",
                          "0 without", "%d without" % state["empty"])
        self.report.check(state["distinct"] == aantal, "number of distinct data-codes", aantal, state["distinct"])
        drawn = set(state["codes"])
        missing = [c for c in self.names if c not in drawn]
        self.report.check(not missing, "the expected buurten are drawn", [], missing)

    # 3 --------------------------------------------------------------------

    def select_map(self, map_id):
        """Switch to a map with its radio; returns how ('mouse'/'js') or None if there is no such radio."""
        radio = ("Array.from(document.querySelectorAll('#kaarten input[name=kaart]')).find(r => r.value === %s)"
                 % show(map_id))
        how = self.page.click_element(radio)
        if how == "mouse" and not self.page.evaluate("(%s).checked" % radio):
            # The click landed but did not check it (e.g. a label elsewhere); let the element do it.
            self.page.evaluate("(%s).click()" % radio)
            how = "js"
        return how

    def map_state(self):
        return self.page.evaluate("""(() => {
            const titel = document.getElementById('legenda-titel');
            const items = Array.from(document.querySelectorAll('#legenda li[data-klasse]'), li => {
                const label = li.querySelector('.label'), aantal = li.querySelector('.aantal');
                return {klasse: li.getAttribute('data-klasse'),
                        label: label ? label.textContent : null, aantal: aantal ? aantal.textContent : null};
            });
            const fills = {}, bad = [];
            for (const p of document.querySelectorAll('path.vk-buurt')) {
                const f = p.getAttribute('fill');
                fills[p.getAttribute('data-code')] = f;
                if (!/^(#[0-9a-fA-F]{6}|url\\(#vk-onvoldoende\\))$/.test((f || '').trim()))
                    bad.push((p.getAttribute('data-code') || '?') + '=' + f);
            }
            const checked = document.querySelector('#kaarten input[name=kaart]:checked');
            return {titel: titel ? titel.textContent : null, items: items, fills: fills, bad: bad,
                    checked: checked ? checked.value : null};
        })()""")

    def check_maps(self):
        kaarten = self.expect.get("kaarten", [])
        os.makedirs(self.screenshots, exist_ok=True)
        for kaart in kaarten:
            map_id = kaart["id"]
            how = self.select_map(map_id)
            if not self.report.check(how is not None, "[%s] radio input[name=kaart] exists" % map_id,
                                     "a radio with value %s" % map_id, "none"):
                continue
            want_items = [(str(i["klasse"]), normalise(i["label"]), digits(i["aantal"])) for i in kaart["legenda"]]
            want_fills = {b["code"]: fill_key(b["klassen"][map_id]["kleur"])
                          for b in self.expect.get("buurten", []) if map_id in b.get("klassen", {})}

            def got_items(state):
                return [(i["klasse"], normalise(i["label"]), digits(i["aantal"] or "")) for i in state["items"]]

            def done(state):
                return (state["checked"] == map_id and normalise(state["titel"]) == normalise(kaart["titel"])
                        and got_items(state) == want_items
                        and all(fill_key(state["fills"].get(c)) == f for c, f in want_fills.items()))

            # The page may redraw asynchronously: poll until it matches, then report what is there.
            state = self.page.poll(self.map_state, done)
            self.report.check(state["checked"] == map_id, "[%s] radio checked (%s click)" % (map_id, how),
                              map_id, state["checked"])
            self.report.check(normalise(state["titel"]) == normalise(kaart["titel"]),
                              "[%s] #legenda-titel" % map_id, kaart["titel"], state["titel"])
            self.check_legend_items(map_id, want_items, got_items(state))
            for code, fill in want_fills.items():
                got = state["fills"].get(code)
                self.report.check(fill_key(got) == fill, "[%s] fill of %s (%s)" % (map_id, code, self.names[code]),
                                  fill, got)
            self.report.check(not state["bad"], "[%s] every fill is #rrggbb or url(#vk-onvoldoende)" % map_id,
                              [], state["bad"][:10])
            name = re.sub(r"[^A-Za-z0-9._-]", "_", map_id) + ".png"
            size = self.page.screenshot(os.path.join(self.screenshots, name))
            self.report.check(size > 0, "[%s] screenshot %s (%d bytes)" % (map_id, name, size))

    def check_legend_items(self, map_id, want, got):
        if len(want) != len(got):
            self.report.fail("[%s] legend items: expected %d (%s), got %d (%s)"
                             % (map_id, len(want), show(want), len(got), show(got)))
            return
        wrong = ["item %d: expected %s, got %s" % (n + 1, show(w), show(g))
                 for n, (w, g) in enumerate(zip(want, got)) if w != g]
        self.report.check(not wrong, "[%s] legend: %d items (klasse, label, aantal) in order"
                          % (map_id, len(want)) if not wrong else "[%s] legend items: %s" % (map_id, "; ".join(wrong)))

    # 4, 5 -----------------------------------------------------------------

    def point_on_buurt(self, code):
        """schermPunt(code), checked: numbers, inside the viewport, and the buurt's path is what is there."""
        point = self.page.evaluate("window.veerkrachtAtlas.schermPunt(%s)" % show(code))
        if not (isinstance(point, dict) and all(isinstance(point.get(k), (int, float)) for k in ("x", "y"))):
            self.report.fail("schermPunt(%s): expected {x, y}, got %s" % (code, show(point)))
            return None
        self.page.sleep(AFTER_SCHERMPUNT)
        x, y = point["x"], point["y"]
        if not (0 <= x < VIEWPORT_W and 0 <= y < VIEWPORT_H):
            self.report.fail("schermPunt(%s) = (%.1f, %.1f) lies outside the %dx%d viewport"
                             % (code, x, y, VIEWPORT_W, VIEWPORT_H))
            return None
        hit = self.page.evaluate("(() => {" + JS_DESCRIBE + """
            const e = document.elementFromPoint(%r, %r);
            const p = e && e.closest ? e.closest('path.vk-buurt') : null;
            return {code: p ? p.getAttribute('data-code') : null, what: __beschrijf(e)};
        })()""" % (x, y))
        if hit["code"] != code:
            self.report.fail("schermPunt(%s) = (%.1f, %.1f): the element there is %s, not the buurt's path"
                             % (code, x, y, hit["what"]))
        return x, y

    def check_hover(self):
        kaarten, buurten = self.expect.get("kaarten", []), self.expect.get("buurten", [])
        if not kaarten or not buurten:
            self.report.fail("hover: the expectations have no maps or no buurten")
            return
        buurt, map_id = buurten[0], kaarten[-1]["id"]
        label = buurt["klassen"][map_id]["label"]
        point = self.point_on_buurt(buurt["code"])
        if point is None:
            return
        # From elsewhere onto the buurt, so that mouseover fires even if the mouse was already there.
        self.page.mouse_move(1, 1)
        self.page.mouse_move(*point)
        texts = self.page.poll(
            lambda: self.page.evaluate("Array.from(document.querySelectorAll('.leaflet-tooltip'), t => t.textContent)"),
            lambda ts: any(fold(buurt["naam"]) in fold(t) and fold(label) in fold(t) for t in ts))
        self.report.check(any(fold(buurt["naam"]) in fold(t) and fold(label) in fold(t) for t in texts),
                          "[%s] hover over %s: .leaflet-tooltip with name and class label" % (map_id, buurt["code"]),
                          "a tooltip containing %s and %s" % (show(buurt["naam"]), show(label)),
                          [normalise(t) for t in texts])

    def panel_state(self):
        return self.page.evaluate("""(() => {
            const p = document.getElementById('paneel');
            if (!p) return null;
            const h = p.querySelector('h2');
            return {open: !p.hasAttribute('hidden'), h2: h ? h.textContent : null};
        })()""")

    def close_panel(self):
        """Close the panel with #sluiten when there is one and the panel is open; True if it is closed now."""
        state = self.panel_state()
        if state is None or not state["open"]:
            return True
        if not self.page.evaluate("!!document.querySelector('#sluiten')"):
            return False
        self.page.click_element("document.querySelector('#sluiten')")
        state = self.page.poll(self.panel_state, lambda s: s is None or not s["open"])
        return state is None or not state["open"]

    def wait_panel(self, name_ok):
        return self.page.poll(self.panel_state,
                              lambda s: s is not None and s["open"] and name_ok(normalise(s["h2"])))

    def click_buurt(self, code):
        """Click a buurt at schermPunt; returns the panel state afterwards (or None if no point)."""
        point = self.point_on_buurt(code)
        if point is None:
            return None
        self.page.mouse_click(*point)
        return self.wait_panel(lambda h2: h2 == normalise(self.names.get(code, "")))

    def check_panels(self):
        for buurt in self.expect.get("buurten", []):
            code, naam = buurt["code"], buurt["naam"]
            self.close_panel()
            state = self.click_buurt(code)
            if state is None:
                continue
            if not self.report.check(state is not None and state["open"],
                                     "click on %s opens #paneel" % code, "#paneel without hidden",
                                     "no #paneel" if state is None else "hidden"):
                continue
            self.report.check(normalise(state["h2"]) == normalise(naam), "click on %s: #paneel h2" % code,
                              naam, state["h2"])
            self.check_panel_numbers(buurt)

    def check_panel_numbers(self, buurt):
        velden = list(buurt.get("getallen", {}).keys())
        rows = self.page.evaluate("""((velden) => {
            const out = {};
            for (const v of velden) {
                const tr = Array.from(document.querySelectorAll('#paneel tr[data-veld]')).find(t => t.getAttribute('data-veld') === v);
                const b = tr ? tr.querySelector('td.buurt') : null;
                out[v] = {row: !!tr, buurt: b ? b.textContent : null, gemeente: !!(tr && tr.querySelector('td.gemeente'))};
            }
            return out;
        })(%s)""" % show(velden))
        for veld in velden:
            want, row = buurt["getallen"][veld], rows[veld]
            what = "%s: #paneel tr[data-veld=%s]" % (buurt["code"], veld)
            if not row["row"]:
                self.report.fail("%s: row missing (expected td.buurt %s)" % (what, show(want)))
                continue
            if not self.report.check(row["buurt"] is not None and normalise(row["buurt"]) == normalise(want),
                                     what + " td.buurt = " + show(want), want, row["buurt"]):
                continue
            self.report.check(row["gemeente"], what + " td.gemeente exists")

    # 6 --------------------------------------------------------------------

    def make_panel_not_show(self, naam):
        """Make sure the panel does not already show naam, so that opening it can be seen.

        Closes it with #sluiten; without that button, opens another expected buurt."""
        if self.close_panel():
            return
        state = self.panel_state()
        if state and normalise(state["h2"]) != normalise(naam):
            return
        for code, other in self.names.items():
            if normalise(other) != normalise(naam):
                self.click_buurt(code)
                return

    def type_search(self, text):
        """Type into #zoek; returns the result buttons [{code, text}] (possibly empty), or None without #zoek."""
        present = self.page.evaluate("""(() => {
            const z = document.getElementById('zoek');
            if (!z) return false;
            z.focus();
            z.value = '';
            z.dispatchEvent(new Event('input', {bubbles: true}));
            return true;
        })()""")
        if not present:
            return None
        self.page.send("Input.insertText", {"text": text})
        results_js = ("Array.from(document.querySelectorAll('#zoekresultaten button[data-code]'), "
                      "b => ({code: b.getAttribute('data-code'), text: b.textContent}))")
        results = self.page.poll(lambda: self.page.evaluate(results_js), bool)
        if not results:
            # insertText normally fires 'input'; in case the page missed it, fire it by hand.
            self.page.evaluate("document.getElementById('zoek').dispatchEvent(new Event('input', {bubbles: true}))")
            results = self.page.poll(lambda: self.page.evaluate(results_js), bool)
        return results

    def search_name_check(self, code, button_text):
        """How to recognise the buurt in #paneel h2: its expected name, else the result button's text."""
        if code in self.names:
            want = normalise(self.names[code])
            return want, lambda h2: h2 == want
        label = normalise(button_text)
        return label, lambda h2: bool(h2) and (h2 in label or label in h2)

    def check_search(self):
        zoek = self.expect.get("zoek", {})
        tekst, code = zoek.get("tekst", ""), zoek.get("code", "")
        # (a) a click on the result
        self.make_panel_not_show(self.names.get(code, ""))
        results = self.type_search(tekst)
        if not self.report.check(results is not None, "#zoek exists"):
            return
        codes = [r["code"] for r in results]
        if self.report.check(code in codes, "typing %s in #zoek shows a result for %s" % (show(tekst), code),
                             code, codes):
            button = next(r for r in results if r["code"] == code)
            want, name_ok = self.search_name_check(code, button["text"])
            self.page.click_element("Array.from(document.querySelectorAll('#zoekresultaten button[data-code]'))"
                                    ".find(b => b.getAttribute('data-code') === %s)" % show(code))
            state = self.wait_panel(name_ok)
            self.report.check(state is not None and state["open"] and name_ok(normalise(state["h2"])),
                              "clicking the search result %s opens #paneel with its name" % code,
                              want, state and {"open": state["open"], "h2": state["h2"]})
        # (b) Enter in #zoek opens the first result
        self.make_panel_not_show(self.names.get(code, ""))
        results = self.type_search(tekst)
        if not self.report.check(bool(results), "typing %s again shows results" % show(tekst), "results", results):
            return
        first = results[0]
        self.make_panel_not_show(self.names.get(first["code"], first["text"]))
        self.page.evaluate("document.getElementById('zoek').focus()")
        want, name_ok = self.search_name_check(first["code"], first["text"])
        self.page.press_key("Enter", "Enter", 13, text="\r")
        state = self.wait_panel(name_ok)
        self.report.check(state is not None and state["open"] and name_ok(normalise(state["h2"])),
                          "Enter in #zoek opens #paneel for the first result %s" % first["code"],
                          want, state and {"open": state["open"], "h2": state["h2"]})

    # 7 --------------------------------------------------------------------

    def check_print_view(self):
        self.page.send("Emulation.setEmulatedMedia", {"media": "print"})
        try:
            state = self.page.evaluate("""(() => {
                const f = (id) => {
                    const e = document.getElementById(id);
                    if (!e) return null;
                    const cs = getComputedStyle(e);
                    return {display: cs.display, visibility: cs.visibility, boxes: e.getClientRects().length,
                            text: e.textContent};
                };
                return {kaarten: f('kaarten'), zoek: f('zoek'), legenda: f('legenda'), bron: f('bron')};
            })()""")
            for element in ("kaarten", "zoek"):
                s = state[element]
                # Not rendered: display none on itself or an ancestor (no boxes), or invisible.
                hidden = s is not None and (s["display"] == "none" or s["boxes"] == 0 or s["visibility"] == "hidden")
                self.report.check(hidden, "print view hides #%s" % element, "not displayed",
                                  "missing" if s is None else {k: s[k] for k in ("display", "visibility", "boxes")})
            for element in ("legenda", "bron"):
                s = state[element]
                shown = s is not None and s["display"] != "none" and s["boxes"] > 0 and s["visibility"] != "hidden"
                self.report.check(shown, "print view shows #%s" % element, "displayed",
                                  "missing" if s is None else {k: s[k] for k in ("display", "visibility", "boxes")})
            bron = state["bron"]["text"] if state["bron"] else None
            self.report.check(bron is not None and BRON_TEKST in normalise(bron), "#bron names the sources",
                              BRON_TEKST, normalise(bron) if bron is not None else None)
            os.makedirs(self.screenshots, exist_ok=True)
            size = self.page.screenshot(os.path.join(self.screenshots, "afdrukken.png"))
            self.report.check(size > 0, "print view screenshot afdrukken.png (%d bytes)" % size)
        finally:
            self.page.send("Emulation.setEmulatedMedia", {"media": ""})

    # 8 --------------------------------------------------------------------

    def check_keyboard(self):
        # Start at the top of the document. blur() alone leaves Chromium's
        # sequential focus navigation starting point at the element that had
        # focus (#zoek after the search), and Leaflet's tooltip focus listeners
        # make every buurt's path a Tab stop, so from there 40 presses may not
        # wrap around. Focusing the body (tabindex set only for that moment)
        # moves the starting point to the top.
        self.page.evaluate("""(() => {
            if (document.activeElement && document.activeElement.blur) document.activeElement.blur();
            const b = document.body, old = b.getAttribute('tabindex');
            b.setAttribute('tabindex', '-1');
            b.focus();
            if (old === null) b.removeAttribute('tabindex'); else b.setAttribute('tabindex', old);
        })()""")
        reached, zoek, kaart = [], None, None   # zoek/kaart: after how many presses
        for n in range(1, 41):
            self.page.press_key("Tab", "Tab", 9)
            e = self.page.evaluate("(() => { const e = document.activeElement; return e ? "
                                   "{id: e.id || '', name: e.getAttribute('name') || '', tag: e.tagName.toLowerCase()} : null; })()")
            if e:
                reached.append(e["tag"] + ("#" + e["id"] if e["id"] else "") + ("[name=%s]" % e["name"] if e["name"] else ""))
                if zoek is None and e["id"] == "zoek":
                    zoek = n
                if kaart is None and e["tag"] == "input" and e["name"] == "kaart":
                    kaart = n
            if zoek and kaart:
                break
        # Runs of the same kind of element (the buurten's paths) shortened to "path x97".
        runs = []
        for r in reached:
            if runs and runs[-1][0] == r:
                runs[-1][1] += 1
            else:
                runs.append([r, 1])
        order = ", ".join(r if n == 1 else "%s x%d" % (r, n) for r, n in runs)
        self.report.check(zoek, "Tab reaches #zoek (press %s)" % zoek, "#zoek within 40 presses", order)
        self.report.check(kaart, "Tab reaches input[name=kaart] (press %s)" % kaart,
                          "input[name=kaart] within 40 presses", order)

    # 10 -------------------------------------------------------------------

    def check_collected(self):
        self.page.sleep(0.2)  # events of the last actions may still be on their way
        c = self.collector
        for title, items in (("request leaving the machine", c.external), ("JavaScript exception", c.exceptions),
                             ("console error", c.console), ("browser log error", c.log)):
            if items:
                for item in items:
                    self.report.fail("%s: %s" % (title, item))
            else:
                self.report.ok("no %s during the run" % title)


def run_step(report, cdp, name, function, *args):
    """Run one step; an error fails that step and the run goes on with the next (unless the page is gone)."""
    try:
        return function(*args)
    except CDPError as e:
        if cdp.crashed or "connection to Chromium lost" in str(e):
            raise
        report.fail("%s: could not complete: %s" % (name, e))
    except JSError as e:
        report.fail("%s: could not complete: a driver expression threw in the page: %s" % (name, e))
    except Exception as e:
        # Also a malformed expectations entry (KeyError, TypeError) or a bug here.
        traceback.print_exc()
        report.fail("%s: could not complete: %s: %s" % (name, type(e).__name__, e))
    return None


def load_expectations(path):
    with open(path, encoding="utf-8") as f:
        expect = json.load(f)
    for key in ("aantal", "kaarten", "buurten", "zoek", "talen"):
        if key not in expect:
            raise ValueError("no %r in %s" % (key, path))
    return expect


def main(argv):
    parser = argparse.ArgumentParser(description="Check the offline web atlas in headless Chromium.")
    parser.add_argument("--atlas", required=True, help="the atlas's index.html")
    parser.add_argument("--expect", required=True, help="verwacht.json written by the C++ test")
    parser.add_argument("--screenshots", required=True, help="folder for the PNG screenshots")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds to wait for klaar after a navigation")
    args = parser.parse_args(argv)

    if not (os.path.isfile(args.chromium) and os.access(args.chromium, os.X_OK)):
        print("SKIP: chromium binary not found at %s" % args.chromium, flush=True)
        return EXIT_SKIP
    try:
        import websocket
        websocket.create_connection  # websocket-client, not the unrelated 'websocket' package
    except (ImportError, AttributeError) as e:
        print("SKIP: python module websocket (websocket-client, Debian python3-websocket) missing: %s" % e,
              flush=True)
        return EXIT_SKIP

    report = Report()
    try:
        expect = load_expectations(args.expect)
    except (OSError, ValueError) as e:
        report.fail("cannot read the expectations %s: %s" % (args.expect, e))
        return finish(report)
    if not os.path.isfile(args.atlas):
        report.fail("atlas %s does not exist" % args.atlas)
        return finish(report)
    atlas_url = pathlib.Path(os.path.abspath(args.atlas)).as_uri()

    chromium = Chromium(args.chromium)
    cdp = None

    def on_signal(signum, frame):
        raise Terminated(signum)

    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, on_signal)
    try:
        try:
            ws_url = chromium.start()
            cdp = open_page(websocket, ws_url)
        except Skip as e:
            print("SKIP: %s" % e, flush=True)
            return EXIT_SKIP
        collector = Collector()
        cdp.listeners.append(collector)
        page = Page(cdp)
        # Everything is listened to before the first navigation.
        for method in ("Page.enable", "Runtime.enable", "Log.enable", "Network.enable"):
            page.send(method)
        # Keep the run hermetic: requests off the machine are still seen (and
        # fail) but never leave it.
        try:
            page.send("Network.setBlockedURLs", {"urls": ["http://*", "https://*", "ws://*", "wss://*", "ftp://*"]})
        except CDPError:
            pass
        page.send("Emulation.setDeviceMetricsOverride",
                  {"width": VIEWPORT_W, "height": VIEWPORT_H, "deviceScaleFactor": 1, "mobile": False})
        # Headless pages may not have focus; focus and Tab need it.
        for method, params in (("Page.bringToFront", {}), ("Emulation.setFocusEmulationEnabled", {"enabled": True})):
            try:
                page.send(method, params)
            except CDPError:
                pass

        checks = Checks(page, report, collector, expect, atlas_url, os.path.abspath(args.screenshots), args.timeout)
        if run_step(report, cdp, "1 load (nl)", checks.check_load, "nl"):
            run_step(report, cdp, "2 buurten drawn", checks.check_buurten_drawn)
            run_step(report, cdp, "3 maps", checks.check_maps)
            run_step(report, cdp, "4 hover", checks.check_hover)
            run_step(report, cdp, "5 panel", checks.check_panels)
            run_step(report, cdp, "6 search", checks.check_search)
            run_step(report, cdp, "7 print view", checks.check_print_view)
            run_step(report, cdp, "8 keyboard", checks.check_keyboard)
            run_step(report, cdp, "9 load (en)", checks.check_load, "en")
        else:
            report.fail("the atlas never became klaar; checks 2-9 were not run")
        run_step(report, cdp, "10 collected events", checks.check_collected)
    except Terminated as e:
        report.fail("interrupted by signal %s" % e.args[0])
    except CDPError as e:
        report.fail("lost Chromium: %s; chromium stderr: %s" % (e, chromium.last_stderr()))
    except Exception as e:
        # A bug in this driver must still end in FAIL (and cleanup), with the traceback on stderr.
        traceback.print_exc()
        report.fail("driver error: %s: %s" % (type(e).__name__, e))
    finally:
        if cdp is not None:
            cdp.close()
        # Ignore further signals while cleaning up, so cleanup itself is not cut short.
        for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
            signal.signal(sig, signal.SIG_IGN)
        chromium.stop()
    return finish(report)


def finish(report):
    """The summary line and the exit code; never a pass without checks."""
    if report.failed or report.total() == 0:
        print("FAILED: %d of %d checks failed" % (report.failed or 1, max(report.total(), 1)), flush=True)
        return EXIT_FAIL
    print("PASS: %d checks" % report.passed, flush=True)
    return EXIT_PASS


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
