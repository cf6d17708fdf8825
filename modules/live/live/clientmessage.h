#pragma once

#include <core/result.h>
#include <rules/game.h>
#include <venue/playerrequest.h>

#include <QByteArray>
#include <QString>

#include <array>
#include <optional>
#include <variant>

namespace dojo::live {

// Why a client's message was not taken: the WebSocket close code and its reason
// (docs/protocol.md, "Limits and close codes").
struct ProtocolError
{
    int closeCode = 1008;
    QString reason;
};

struct JoinMessage
{
    QString table;
    std::optional<QString> token; // none: a spectator
    std::optional<qint64> seq;    // the last seq seen: resume
    std::optional<rules::Seat> seat;
};
struct SitMessage
{
    rules::Seat seat = 0;
};
struct SetupMessage
{
    rules::Game game = rules::Game::NineBall;
    int race = 0;
    std::array<QString, 2> players;
    std::optional<rules::Seat> seat;
};
struct ChatMessage
{
    QString text;
};
struct PingMessage
{
};

// One message a client sent, checked whole before anything uses it.
using ClientMessage = std::variant<JoinMessage, SitMessage, SetupMessage, venue::PlayerRequest,
                                   ChatMessage, PingMessage>;

inline constexpr int kProtocolVersion = 1;

// Reads one text frame; anything but a well-formed message of protocol 1 is an error naming
// the close code.
Result<ClientMessage, ProtocolError> readClientMessage(const QByteArray &utf8);

// The message's "type", as the protocol names it ("call", "choose", ...).
QString messageType(const ClientMessage &message);

} // namespace dojo::live
