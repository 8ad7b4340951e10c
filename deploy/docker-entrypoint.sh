#!/bin/sh
# Container start: on the first start the content volume is empty, so it gets the example
# catalogue (staff edit it from then on; upgrades of the image never touch it). Then the bot.
set -eu
if [ ! -e "$CONTENT_DIR/offers.yaml" ]; then
  erstkontakt init "$CONTENT_DIR"
fi
exec erstkontakt "$@"
