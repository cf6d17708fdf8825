#pragma once

namespace dojo::live {

// Why the server closes a connection: the WebSocket close codes of docs/protocol.md ("Limits
// and close codes"). Clients rely on the numbers.
enum class CloseCode : int {
    Unsupported = 1003,    // a binary message
    InvalidPayload = 1007, // not a JSON object
    Policy = 1008,         // a message the protocol does not allow here
    TooBig = 1009,         // over the size limit (Qt closes these itself)
    ServerFull = 1013,
    UnknownVersion = 4000,
    BadToken = 4001,
    NoTable = 4004,
    TooMany = 4008, // too many messages, or silent too long
    TooSlow = 4009, // reads too slowly
};

} // namespace dojo::live
