#include "live/tablechannel.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace dojo::live {

QString messageText(QJsonObject message)
{
    QByteArray text("{");
    for (const QLatin1String key :
         {QLatin1String("type"), QLatin1String("seq"), QLatin1String("t")}) {
        const auto found = message.find(key);
        if (found == message.end())
            continue;
        // A one-value array gives the value's JSON text between its brackets.
        const QByteArray value
            = QJsonDocument(QJsonArray{found.value()}).toJson(QJsonDocument::Compact);
        text += (text.size() > 1 ? ",\"" : "\"") + QByteArray(key.data(), key.size())
                + "\":" + value.mid(1, value.size() - 2);
        message.erase(found);
    }
    const QByteArray rest = QJsonDocument(message).toJson(QJsonDocument::Compact);
    if (rest.size() > 2)
        text += (text.size() > 1 ? "," : "") + rest.mid(1);
    else
        text += '}';
    return QString::fromUtf8(text);
}

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
    outgoing->text = messageText(std::move(message));
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
