#pragma once

#include <QJsonObject>
#include <QString>

#include <deque>
#include <memory>
#include <optional>
#include <vector>

namespace dojo::live {

// One message of a table, as every client of the table gets it.
struct Outgoing
{
    qint64 seq = 0;
    bool isState = false; // a `state` may be dropped for a slow client; nothing else is
    QString text;         // the JSON text, sent as it is
};
using OutgoingPtr = std::shared_ptr<const Outgoing>;

// The JSON text of a server message with "type", "seq" and "t" first, as docs/protocol.md
// writes them, so that a client can read a message's head without parsing its balls.
QString messageText(QJsonObject message);

// A table's message sequence (docs/protocol.md): numbers each message, keeps the last ones
// (states but the latest left out) so that a client that reconnects gets what it missed.
class TableChannel
{
public:
    // `firstSeq`: chosen at the server's start, so a restarted server's numbers are new.
    explicit TableChannel(qint64 firstSeq, std::size_t keep = 256);

    // Numbers `message` (adds "seq") and keeps it.
    OutgoingPtr publish(QJsonObject message, bool isState);
    // The messages after `last` when every one but states is still kept (with the latest
    // state if it came after `last`), in order; none when the client must start again from a
    // snapshot.
    std::optional<std::vector<OutgoingPtr>> since(qint64 last) const;
    // The last message's number (a snapshot carries it); firstSeq - 1 before any message.
    qint64 lastSeq() const { return m_next - 1; }

private:
    std::size_t m_keep;
    qint64 m_next;
    qint64 m_forgottenUpTo; // the highest seq no longer kept (states aside)
    std::deque<OutgoingPtr> m_kept;
    OutgoingPtr m_lastState;
};

} // namespace dojo::live
