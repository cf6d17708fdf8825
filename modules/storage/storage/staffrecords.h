#pragma once

#include <QString>

namespace dojo::storage {

// A member of a venue's staff as the database keeps them.
struct StaffRecord
{
    qint64 id = 0;
    qint64 venueId = 0;
    QString name;    // unique in the venue, whatever the letters' case
    QString role;    // "manager", "desk" or "referee" (venue/staff.h's roleKey)
    QString pinHash; // "pbkdf2-sha256$ITERATIONS$SALT$HASH" (venue/pinhash.h), never the PIN
    bool active = true;
};

} // namespace dojo::storage
