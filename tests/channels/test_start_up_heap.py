"""While the bot serves, full garbage collections leave out what start-up built."""

from __future__ import annotations

import gc

from bot.channels.run import start_up_heap_frozen


class Node:
    def __init__(self) -> None:
        self.other: Node | None = None


def test_a_collection_while_serving_walks_only_what_was_made_since_start_up() -> None:
    start_up = [[n] for n in range(5_000)]  # stands in for the catalogue and phrase tables
    with start_up_heap_frozen():
        since = [0]
        walked = {id(tracked) for tracked in gc.get_objects()}
        assert id(start_up) not in walked and id(start_up[-1]) not in walked
        assert id(since) in walked
    walked = {id(tracked) for tracked in gc.get_objects()}
    assert id(start_up) in walked and id(start_up[-1]) in walked  # collected as before after


def test_cyclic_garbage_made_while_serving_is_still_freed() -> None:
    with start_up_heap_frozen():
        gc.collect()
        first, second = Node(), Node()
        first.other, second.other = second, first
        del first, second
        assert gc.collect() >= 2
