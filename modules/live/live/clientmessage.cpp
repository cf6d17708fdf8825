#include "live/clientmessage.h"

#include "live/closecode.h"
#include "live/internal/livetr.h"

#include <core/pocket.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace dojo::live {

using internal::Tr;

namespace {

constexpr int kMaxRace = 99;
constexpr int kMaxNameLength = 40;
constexpr int kMaxChatLength = 280;
constexpr int kMaxTableNameLength = 200;

Unexpected<ProtocolError> broken(const QString &reason, CloseCode code = CloseCode::Policy)
{
    return Unexpected(ProtocolError{int(code), reason});
}

// A required whole number within [low, high].
Result<int, ProtocolError> wholeNumber(const QJsonObject &object, const QString &key, int low,
                                       int high)
{
    const QJsonValue value = object.value(key);
    const double number = value.toDouble(-1e300);
    if (!value.isDouble() || number != double(qint64(number)) || number < low || number > high) {
        return broken(
            Tr::tr("\"%1\" must be a whole number from %2 to %3.").arg(key).arg(low).arg(high));
    }
    return int(number);
}

Result<QString, ProtocolError> text(const QJsonObject &object, const QString &key, int maxLength)
{
    const QJsonValue value = object.value(key);
    const QString string = value.toString().trimmed();
    if (!value.isString() || string.isEmpty() || string.size() > maxLength) {
        return broken(
            Tr::tr("\"%1\" must be a text of 1 to %2 characters.").arg(key).arg(maxLength));
    }
    return string;
}

Result<std::optional<rules::Seat>, ProtocolError> optionalSeat(const QJsonObject &object)
{
    if (!object.contains(QStringLiteral("seat")) || object.value(QStringLiteral("seat")).isNull())
        return std::optional<rules::Seat>();
    const auto seat = wholeNumber(object, QStringLiteral("seat"), 0, 1);
    if (!seat)
        return Unexpected(seat.error());
    return std::optional<rules::Seat>(*seat);
}

Result<ClientMessage, ProtocolError> readJoin(const QJsonObject &object)
{
    if (object.contains(QStringLiteral("protocol"))) {
        const auto version = wholeNumber(object, QStringLiteral("protocol"), 1, 1000000);
        if (!version)
            return Unexpected(version.error());
        if (*version != kProtocolVersion) {
            return broken(Tr::tr("This venue speaks protocol %1, not %2.")
                              .arg(kProtocolVersion)
                              .arg(*version),
                          CloseCode::UnknownVersion);
        }
    }
    JoinMessage join;
    const auto table = text(object, QStringLiteral("table"), kMaxTableNameLength);
    if (!table)
        return Unexpected(table.error());
    join.table = *table;
    const QJsonValue token = object.value(QStringLiteral("k"));
    if (!token.isUndefined() && !token.isNull()) {
        if (!token.isString() || token.toString().size() > 64)
            return broken(Tr::tr("\"k\" must be the token of the table's link."));
        join.token = token.toString();
    }
    const QJsonValue seq = object.value(QStringLiteral("seq"));
    if (!seq.isUndefined() && !seq.isNull()) {
        const double number = seq.toDouble(-1);
        if (!seq.isDouble() || number < 0 || number > 9e15 || number != double(qint64(number)))
            return broken(Tr::tr("\"seq\" must be the last seq the client saw."));
        join.seq = qint64(number);
    }
    const auto seat = optionalSeat(object);
    if (!seat)
        return Unexpected(seat.error());
    join.seat = *seat;
    return ClientMessage(join);
}

Result<ClientMessage, ProtocolError> readSetup(const QJsonObject &object)
{
    SetupMessage setup;
    const auto game = text(object, QStringLiteral("game"), 20);
    if (!game)
        return Unexpected(game.error());
    const std::optional<rules::Game> known = rules::gameFromKey(*game);
    if (!known)
        return broken(Tr::tr("\"game\" must be eight-ball, nine-ball, ten-ball or straight-pool."));
    setup.game = *known;
    const auto race = wholeNumber(object, QStringLiteral("race"), 1,
                                  setup.game == rules::Game::StraightPool ? 1000 : kMaxRace);
    if (!race)
        return Unexpected(race.error());
    setup.race = *race;
    const QJsonArray players = object.value(QStringLiteral("players")).toArray();
    if (players.size() != 2)
        return broken(Tr::tr("\"players\" must name the two players."));
    for (int seat = 0; seat < 2; ++seat) {
        const QString name = players.at(seat).toString().trimmed();
        if (!players.at(seat).isString() || name.isEmpty() || name.size() > kMaxNameLength) {
            return broken(
                Tr::tr("Each player's name must be 1 to %1 characters.").arg(kMaxNameLength));
        }
        setup.players[size_t(seat)] = name;
    }
    if (setup.players[0].compare(setup.players[1], Qt::CaseInsensitive) == 0)
        return broken(Tr::tr("The two players need different names."));
    const auto seat = optionalSeat(object);
    if (!seat)
        return Unexpected(seat.error());
    setup.seat = *seat;
    return ClientMessage(setup);
}

Result<ClientMessage, ProtocolError> readCall(const QJsonObject &object)
{
    venue::PlayerRequest request;
    request.kind = venue::PlayerRequest::Kind::Call;
    const auto ball = wholeNumber(object, QStringLiteral("ball"), 1, 15);
    if (!ball)
        return Unexpected(ball.error());
    const std::optional<PocketId> pocket
        = pocketFromKey(object.value(QStringLiteral("pocket")).toString());
    if (!pocket)
        return broken(Tr::tr("\"pocket\" must name a pocket, such as foot-left."));
    request.call = Call{false, *ball, *pocket};
    return ClientMessage(request);
}

Result<ClientMessage, ProtocolError> readChoose(const QJsonObject &object)
{
    const std::optional<rules::Choice> choice
        = rules::choiceFromKey(object.value(QStringLiteral("choice")).toString());
    if (!choice)
        return broken(Tr::tr("\"choice\" must be one of the options a ruling offers."));
    venue::PlayerRequest request;
    request.kind = venue::PlayerRequest::Kind::Choose;
    request.choice = *choice;
    return ClientMessage(request);
}

} // namespace

Result<ClientMessage, ProtocolError> readClientMessage(const QByteArray &utf8)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return broken(Tr::tr("The message is not a JSON object."), CloseCode::InvalidPayload);
    const QJsonObject object = document.object();
    const QString type = object.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("join"))
        return readJoin(object);
    if (type == QLatin1String("sit")) {
        const auto seat = wholeNumber(object, QStringLiteral("seat"), 0, 1);
        if (!seat)
            return Unexpected(seat.error());
        return ClientMessage(SitMessage{*seat});
    }
    if (type == QLatin1String("setup"))
        return readSetup(object);
    if (type == QLatin1String("call"))
        return readCall(object);
    if (type == QLatin1String("safety") || type == QLatin1String("push-out")) {
        venue::PlayerRequest request;
        request.kind = type == QLatin1String("safety") ? venue::PlayerRequest::Kind::Safety
                                                       : venue::PlayerRequest::Kind::PushOut;
        return ClientMessage(request);
    }
    if (type == QLatin1String("choose"))
        return readChoose(object);
    if (type == QLatin1String("chat")) {
        const auto line = text(object, QStringLiteral("text"), kMaxChatLength);
        if (!line)
            return Unexpected(line.error());
        return ClientMessage(ChatMessage{*line});
    }
    if (type == QLatin1String("ping"))
        return ClientMessage(PingMessage{});
    if (!object.value(QStringLiteral("type")).isString())
        return broken(Tr::tr("The message has no \"type\"."));
    return broken(Tr::tr("Unknown message type \"%1\".").arg(type.left(40)));
}

QString messageType(const ClientMessage &message)
{
    struct Name
    {
        QString operator()(const JoinMessage &) const { return QStringLiteral("join"); }
        QString operator()(const SitMessage &) const { return QStringLiteral("sit"); }
        QString operator()(const SetupMessage &) const { return QStringLiteral("setup"); }
        QString operator()(const ChatMessage &) const { return QStringLiteral("chat"); }
        QString operator()(const PingMessage &) const { return QStringLiteral("ping"); }
        QString operator()(const venue::PlayerRequest &request) const
        {
            switch (request.kind) {
            case venue::PlayerRequest::Kind::Call: return QStringLiteral("call");
            case venue::PlayerRequest::Kind::Safety: return QStringLiteral("safety");
            case venue::PlayerRequest::Kind::PushOut: return QStringLiteral("push-out");
            case venue::PlayerRequest::Kind::Choose: return QStringLiteral("choose");
            }
            return {};
        }
    };
    return std::visit(Name{}, message);
}

} // namespace dojo::live
