"""Helpers for the admin's lists with boxes to change in place (list_editable)."""

import re


def list_form(client, url: str) -> dict:
    """The list's form as the browser sends it back untouched: each row's
    key and number, and the number the list showed (Django's initial-…)."""
    html = client.get(url).content.decode()
    form = html[html.index('id="changelist-form"') :]
    form = form[: form.index("</form>")]
    data = {"_save": "Save"}
    for tag in re.findall(r"<input[^>]*>", form):
        name, value = re.search(r'name="([^"]*)"', tag), re.search(r'value="([^"]*)"', tag)
        if name and 'type="checkbox"' not in tag:
            data[name.group(1)] = value.group(1) if value else ""
    return data
