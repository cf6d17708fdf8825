# The live module's units: the clients' messages read whole, a table's numbered messages, the
# join tokens and links.
dojo_test(live.clientmessage SOURCES tst_clientmessage.cpp LINKS dojo::live LABELS live)
dojo_test(live.tablechannel SOURCES tst_tablechannel.cpp LINKS dojo::live LABELS live)
dojo_test(live.jointokens SOURCES tst_jointokens.cpp LINKS dojo::live LABELS live)
