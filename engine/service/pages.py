"""The service's pages: plain HTML, readable with no JavaScript and no stylesheet download,
with the sender's name so a person knows whose mail they are leaving. Jinja escapes every
value."""

from __future__ import annotations

_HEAD = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }}</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 34rem; margin: 3rem auto; padding: 0 1rem;
       color: #1d1d1f; line-height: 1.5; }
h1 { font-size: 1.5rem; }
button { font-size: 1rem; padding: .6rem 1.4rem; border-radius: .4rem; border: 1px solid #555;
         background: #1f5fbf; color: #fff; cursor: pointer; }
fieldset { border: 1px solid #ccc; border-radius: .4rem; margin: 1rem 0; }
label { display: block; padding: .3rem 0; }
.muted { color: #555; }
</style></head><body><main>
"""
_TAIL = "</main></body></html>\n"


def _page(title: str, body: str) -> str:
    return _HEAD.replace("{{ title }}", title) + body + _TAIL


CONFIRM = _page("Unsubscribe", """
<h1>Unsubscribe from {{ sender or "these emails" }}?</h1>
<p>You will stop receiving these emails. This takes effect within two days.</p>
<form method="post">
  <input type="hidden" name="nonce" value="{{ nonce }}">
  <button type="submit">Unsubscribe</button>
</form>
""")

DONE = _page("Unsubscribed", """
{% if already %}<h1>You are already unsubscribed</h1>
<p>We had already recorded your request; there is nothing more to do.</p>
{% else %}<h1>You are unsubscribed</h1>
<p>{{ sender or "The sender" }} will send you no more of these emails.</p>{% endif %}
""")

MANAGE = _page("Your subscriptions", """
<h1>Your subscriptions{% if sender %} from {{ sender }}{% endif %}</h1>
{% if already %}<p>You are already unsubscribed from these emails.</p>{% endif %}
<form method="post">
  <input type="hidden" name="nonce" value="{{ nonce }}">
  <fieldset><legend>Keep receiving</legend>
  {% for id, name in lists %}
    <label><input type="checkbox" name="keep" value="{{ id }}" checked> {{ name }}</label>
  {% endfor %}
  </fieldset>
  <p class="muted">Untick a list to stop receiving it.</p>
  <button type="submit">Save my choices</button>
</form>
""")

SAVED = _page("Choices saved", """
<h1>Your choices are saved</h1>
{% if left %}<p>You will no longer receive:</p><ul>{% for name in left %}<li>{{ name }}</li>
{% endfor %}</ul>{% else %}<p>You stay subscribed to all your lists.</p>{% endif %}
""")

REFUSED = _page("Link not valid", """
<h1>This link cannot be used</h1>
{% if reason == "expired" %}<p>This link has expired. Use the link in a more recent email.</p>
{% elif reason == "replayed" %}<p>This form was already sent. Open the link from your email
again.</p>
{% else %}<p>This link is not valid. Please use the link exactly as it appears in the
email.</p>{% endif %}
""")
