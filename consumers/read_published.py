#!/usr/bin/env python3
"""Reads a Wireline topic from the beginning to its end and prints one line per record.

Usage: python3 consumers/read_published.py BROKER [TOPIC]

A line is: key, CloudEvents type, CloudEvents id, change@version and headline; a tombstone on
the current-stories topic prints as "<key> tombstone". No consumer group is committed: this
reads, it does not subscribe (see docs/consumers.md for a consumer that keeps its place).
"""
import json
import sys

from confluent_kafka import Consumer, KafkaError, TopicPartition


def header(message, name):
    for key, value in message.headers() or []:
        if key == name:
            return value.decode("utf-8") if value is not None else None
    return None


def describe(message):
    key = message.key().decode("utf-8")
    if message.value() is None:
        return f"{key} tombstone"
    event = json.loads(message.value())
    if event["schemaVersion"] > 1:
        raise SystemExit(f"event schema {event['schemaVersion']} is newer than this consumer")
    return " ".join([
        key,
        header(message, "ce_type"),
        header(message, "ce_id"),
        f"{event['change']}@{event['version']}",
        event["headline"],
    ])


def main(broker, topic):
    consumer = Consumer({
        "bootstrap.servers": broker,
        "group.id": "wireline-read-published",
        "enable.auto.commit": False,
        "isolation.level": "read_committed",
        "enable.partition.eof": True,
    })
    partitions = consumer.list_topics(topic, timeout=10).topics[topic].partitions
    consumer.assign([TopicPartition(topic, p, 0) for p in partitions])
    at_end = set()
    try:
        while len(at_end) < len(partitions):
            message = consumer.poll(1.0)
            if message is None:
                continue
            if message.error():
                if message.error().code() == KafkaError._PARTITION_EOF:
                    at_end.add(message.partition())
                    continue
                raise SystemExit(f"cannot read {topic}: {message.error()}")
            print(describe(message), flush=True)
    finally:
        consumer.close()


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2] if len(sys.argv) == 3 else "wireline.stories.published")
