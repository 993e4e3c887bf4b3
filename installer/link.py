"""The bundle's link executable, ``dialdesk-link``: hands a link to the running dialdesk,
or starts the GUI executable beside it. Built without Qt (see installer/dialdesk.spec)."""

import sys

from dialdesk.handoff import link_main

sys.exit(link_main(sys.argv[1:]))
