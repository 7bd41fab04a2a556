"""Reads a feed from stdin as a feed reader would and prints what it found, as JSON.

Atom and RSS are read by feedparser (Debian's python3-feedparser). Debian's feedparser 6.0 does
not read JSON Feed, so a JSON Feed is read with Python's json module and held to the MUSTs of the
JSON Feed 1.1 spec (https://www.jsonfeed.org/version/1.1/). Either way the output has one shape:
{"version", "problems", "title", "entries": [{"id", "title", "link", "links", "tags", "summary",
"content", "published", "updated", "authors", "urgency"}]}; "problems" lists what a strict reader objects to.
"""
import json
import sys
from datetime import datetime


def read_xml(data):
    import feedparser
    parsed = feedparser.parse(data)
    problems = [str(parsed.bozo_exception)] if parsed.bozo else []
    return {
        "version": parsed.version,
        "problems": problems,
        "title": parsed.feed.get("title"),
        "entries": [{
            "id": entry.get("id"),
            "title": entry.get("title"),
            "link": entry.get("link"),
            "links": [{"rel": link.get("rel"), "href": link.get("href"), "title": link.get("title")}
                      for link in entry.get("links", [])],
            "tags": [tag.get("term") for tag in entry.get("tags", [])],
            "summary": entry.get("summary"),
            "content": [content.get("value") for content in entry.get("content", [])],
            "published": entry.get("published"),
            "updated": entry.get("updated"),
            "authors": [author.get("name") for author in entry.get("authors", [])],
            # feedparser names an extension element by its prefix: wireline:urgency
            "urgency": int(entry["wireline_urgency"]) if "wireline_urgency" in entry else None,
        } for entry in parsed.entries],
    }


def read_json(data):
    feed = json.loads(data.decode("utf-8"))
    problems = []

    def require(condition, problem):
        if not condition:
            problems.append(problem)

    def is_date(value):
        try:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
            return True
        except (AttributeError, ValueError):
            return False

    require(feed.get("version") == "https://jsonfeed.org/version/1.1", "version is not the JSON Feed 1.1 URL")
    require(isinstance(feed.get("title"), str), "title is required")
    require(isinstance(feed.get("items"), list), "items is required")
    entries = []
    for item in feed.get("items", []):
        require(isinstance(item.get("id"), str) and item["id"], "item id is required and must be a string")
        require("content_html" in item or "content_text" in item, "item needs content_html or content_text")
        for field in ("date_published", "date_modified"):
            require(field not in item or is_date(item[field]), field + " is not RFC 3339")
        require(all(isinstance(tag, str) for tag in item.get("tags", [])), "tags must be strings")
        require(all(isinstance(author.get("name"), str) for author in item.get("authors", [])), "authors need names")
        known = {"id", "url", "external_url", "title", "content_html", "content_text", "summary", "image",
                 "banner_image", "date_published", "date_modified", "authors", "tags", "language", "attachments"}
        require(all(key in known or key.startswith("_") for key in item), "unknown item fields must start with _")
        related = item.get("_wireline", {}).get("related", [])
        entries.append({
            "id": item.get("id"),
            "title": item.get("title"),
            "link": item.get("url"),
            "links": [{"rel": "alternate", "href": item.get("url"), "title": None}]
                     + [{"rel": "related", "href": link.get("url"), "title": link.get("title")} for link in related],
            "tags": item.get("tags", []),
            "summary": item.get("summary"),
            "content": [item["content_html"]] if "content_html" in item else [],
            "published": item.get("date_published"),
            "updated": item.get("date_modified"),
            "authors": [author.get("name") for author in item.get("authors", [])],
            "urgency": item.get("_wireline", {}).get("urgency"),
        })
    return {"version": "json11", "problems": problems, "title": feed.get("title"), "entries": entries}


if __name__ == "__main__":
    source = sys.stdin.buffer.read()
    reader = read_json if sys.argv[1] == "json" else read_xml
    print(json.dumps(reader(source)))
