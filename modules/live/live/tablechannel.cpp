#include "live/tablechannel.h"

#include <QJsonDocument>

namespace dojo::live {

TableChannel::TableChannel(qint64 firstSeq, std::size_t keep)
    : m_keep(keep)
    , m_next(firstSeq)
    , m_forgottenUpTo(firstSeq - 1)
{
}

OutgoingPtr TableChannel::publish(QJsonObject message, bool isState)
{
    auto outgoing = std::make_shared<Outgoing>();
    outgoing->seq = m_next++;
    outgoing->isState = isState;
    message.insert(QStringLiteral("seq"), outgoing->seq);
    outgoing->text
        = QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact));
    if (isState) {
        m_lastState = outgoing;
        return outgoing;
    }
    m_kept.push_back(outgoing);
    while (m_kept.size() > m_keep) {
        m_forgottenUpTo = m_kept.front()->seq;
        m_kept.pop_front();
    }
    return outgoing;
}

std::optional<std::vector<OutgoingPtr>> TableChannel::since(qint64 last) const
{
    if (last < m_forgottenUpTo || last > lastSeq())
        return std::nullopt;
    std::vector<OutgoingPtr> missed;
    for (const OutgoingPtr &message : m_kept)
        if (message->seq > last)
            missed.push_back(message);
    if (m_lastState && m_lastState->seq > last) {
        const auto at = std::find_if(missed.begin(), missed.end(), [&](const OutgoingPtr &m) {
            return m->seq > m_lastState->seq;
        });
        missed.insert(at, m_lastState);
    }
    return missed;
}

} // namespace dojo::live
