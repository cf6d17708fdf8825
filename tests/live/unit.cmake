find_package(Qt6 REQUIRED COMPONENTS Network WebSockets)

# The live module's units: the clients' messages read whole, a table's numbered messages, the
# join tokens and links.
dojo_test(live.clientmessage SOURCES tst_clientmessage.cpp LINKS dojo::live LABELS live)
dojo_test(live.tablechannel SOURCES tst_tablechannel.cpp LINKS dojo::live LABELS live)
dojo_test(live.jointokens SOURCES tst_jointokens.cpp LINKS dojo::live LABELS live)
# A table as its clients see it, following a real scoreboard and referee with a match stored
# in a temporary SQLite database.
dojo_test(live.livetable SOURCES tst_livetable.cpp ../rules/rackplay.h
    LINKS dojo::live dojo::venue dojo::testsupport Qt6::Sql LABELS live)
# The live server in-process on loopback: WebSocket clients, close codes, the JSON API and a
# client that reads too slowly.
dojo_test(live.server SOURCES tst_liveserver.cpp
    LINKS dojo::live Qt6::WebSockets Qt6::Network LABELS live)
