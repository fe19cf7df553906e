# mypy: disable-error-code="assignment,misc,override,return-value"
# (apprise declares its plugin attributes as None on the base classes and overrides them per plugin)
"""The Chinese group robots through apprise: signed Feishu and Lark, and answers read properly.

Signed Feishu and Lark group robots are two apprise plugins (`feishusign://`, `larksign://`).

apprise's own Feishu and Lark plugins post without the signature that a robot with "signature
verification" switched on requires. These plugins add it as both platforms document it:
`timestamp` (seconds, as a string) and `sign` = base64(HMAC-SHA256 keyed with
"{timestamp}\\n{secret}" over an empty message), in the JSON body beside the message. They live
inside apprise (its URL parsing, format conversion, throttling, logging, privacy in URLs); only
the body differs from the stock plugins.

URL: `feishusign://SECRET@TOKEN` (TOKEN is the last part of the robot's webhook address).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from typing import Any, ClassVar

import requests
from apprise import NotifyFormat, NotifyType
from apprise.exception import AppriseImproperlyConfigured
from apprise.plugins.base import NotifyBase
from apprise.utils.parse import validate_regex


def feishu_sign(secret: str, timestamp: int) -> str:
    key = f"{timestamp}\n{secret}".encode()
    return base64.b64encode(hmac.new(key, b"", hashlib.sha256).digest()).decode()


class _SignedRobot(NotifyBase):
    """A Feishu-style custom robot whose webhook checks a signature."""

    notify_url: ClassVar[str]
    body_maxlen = 19985
    overflow_amalgamate_title = True
    notify_format = (NotifyFormat.TEXT, NotifyFormat.MARKDOWN)
    templates = ("{schema}://{secret}@{token}",)
    template_tokens = dict(  # noqa: RUF012 (apprise's own declaration style)
        NotifyBase.template_tokens,
        token={
            "name": "Token",
            "type": "string",
            "private": True,
            "required": True,
            "regex": (r"^[A-Z0-9_-]+$", "i"),
        },
        secret={
            "name": "Secret",
            "type": "string",
            "private": True,
            "required": True,
            "regex": (r"^[A-Z0-9_+/=-]+$", "i"),
        },
    )

    def __init__(self, token: str, secret: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.token = validate_regex(token, *self.template_tokens["token"]["regex"])
        self.secret = validate_regex(secret, *self.template_tokens["secret"]["regex"])
        if not self.token or not self.secret:
            raise AppriseImproperlyConfigured(f"{self.service_name}: token and secret needed")

    def send(
        self,
        body: str,
        title: str = "",
        notify_type: NotifyType = NotifyType.INFO,
        body_format: NotifyFormat | None = None,
        **kwargs: Any,
    ) -> bool:
        if body_format == NotifyFormat.MARKDOWN:
            payload: dict[str, Any] = {
                "msg_type": "interactive",
                "card": {
                    "config": {"wide_screen_mode": True},
                    "header": {
                        "title": {"tag": "plain_text", "content": title or self.app_desc},
                        "template": "red"
                        if notify_type == NotifyType.FAILURE
                        else "orange"
                        if notify_type == NotifyType.WARNING
                        else "blue",
                    },
                    "elements": [{"tag": "div", "text": {"tag": "lark_md", "content": body}}],
                },
            }
        else:
            payload = {
                "msg_type": "text",
                "content": {"text": f"{title}\r\n{body}" if title else body},
            }
        stamp = int(time.time())
        payload["timestamp"] = str(stamp)
        payload["sign"] = feishu_sign(self.secret, stamp)
        self.throttle()
        try:
            response = requests.post(
                self.notify_url.format(token=self.token),
                data=json.dumps(payload, ensure_ascii=False).encode("utf-8"),
                headers={"User-Agent": self.app_id, "Content-Type": "application/json"},
                verify=self.verify_certificate,
                timeout=self.request_timeout,
                allow_redirects=self.redirects,
            )
        except requests.RequestException as exc:
            self.logger.warning(f"{self.service_name}: {type(exc).__name__}")
            return False
        # Both answer a refused message (a bad signature too) with HTTP 200 and a non-zero code.
        try:
            code = json.loads(response.content or b"{}").get("code", 0)
        except ValueError:
            code = None
        if response.status_code != 200 or code not in (0, None):
            self.logger.warning(
                f"{self.service_name}: refused (HTTP {response.status_code}, code {code})"
            )
            return False
        return True

    def url(self, privacy: bool = False, *args: Any, **kwargs: Any) -> str:
        params = self.url_parameters(privacy=privacy, *args, **kwargs)  # noqa: B026
        secret = self.pprint(self.secret, privacy, safe="")
        token = self.pprint(self.token, privacy, safe="")
        return f"{self.secure_protocol}://{secret}@{token}/?{self.urlencode(params)}"

    @property
    def url_identifier(self) -> tuple[str, str]:
        return (self.secure_protocol, self.token)

    @staticmethod
    def parse_url(url: str) -> dict[str, Any] | None:
        results: dict[str, Any] | None = NotifyBase.parse_url(url, verify_host=False)
        if not results:
            return results
        results["token"] = NotifyBase.unquote(results["host"])
        results["secret"] = NotifyBase.unquote(results.get("user") or "")
        return results


class NotifyFeishuSigned(_SignedRobot):
    service_name = "Feishu (signed)"
    service_url = "https://open.feishu.cn/"
    secure_protocol = "feishusign"
    notify_url = "https://open.feishu.cn/open-apis/bot/v2/hook/{token}"


class NotifyLarkSigned(_SignedRobot):
    service_name = "Lark (signed)"
    service_url = "https://open.larksuite.com/"
    secure_protocol = "larksign"
    notify_url = "https://open.larksuite.com/open-apis/bot/v2/hook/{token}"


class _ReadsErrcode:
    """`requests` as apprise's DingTalk and WeCom plugins use it, except that an answer of
    HTTP 200 with a non-zero `errcode` (how both robots refuse a bad signature, a wrong key or a
    rate limit) comes back as HTTP 400, so the plugin reports the failure instead of success."""

    def __getattr__(self, name: str) -> Any:
        return getattr(requests, name)

    @staticmethod
    def post(*args: Any, **kwargs: Any) -> Any:
        response = requests.post(*args, **kwargs)
        if response.status_code == 200:
            try:
                code = json.loads(response.content or b"{}").get("errcode", 0)
            except (ValueError, AttributeError):
                code = 0
            if code:
                response.status_code = 400
        return response


def register() -> None:
    """Make the two signed schemes known to apprise and have DingTalk and WeCom read the
    robots' answers (once per process)."""
    from apprise.plugins import N_MGR, dingtalk, wecombot

    for plugin in (NotifyFeishuSigned, NotifyLarkSigned):
        if plugin.secure_protocol not in N_MGR:
            N_MGR.add(plugin)
    for module in (dingtalk, wecombot):
        setattr(module, "requests", _ReadsErrcode())  # noqa: B010 (a module attribute)
