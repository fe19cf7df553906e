"""Chat-group and e-mail alerts through apprise: WeCom, DingTalk, Feishu/Lark, Slack, e-mail.

`send(url, message, lang)` formats one message for the platform behind the URL and delivers it;
`reinstate remind` (remind.py) walks the open cases and sends each due reminder once.
Nothing here is imported when the CLI starts.
"""
