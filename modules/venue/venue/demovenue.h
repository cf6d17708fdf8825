#pragma once

#include "venue/staff.h"

#include <core/result.h>

#include <QString>

#include <vector>

namespace dojo::storage {
class Database;
class VenueRepository;
} // namespace dojo::storage

namespace dojo::venue {

// On the first start on an empty database: creates "Dojo Demo" (marked as demo) with 4
// tables of mixed sizes and 8 players, and remembers that it did, so that a venue that
// removed the demo never sees it again. True when this call created it.
Result<bool> ensureDemoVenue(storage::VenueRepository &venues);

// One account of each role on the demo venue, with PINs anyone may read: the window shows them
// while the demo venue is there.
struct DemoStaffAccount
{
    QString name;
    Role role = Role::Desk;
    QString pin;
};
std::vector<DemoStaffAccount> demoStaffAccounts();

// Gives every demo venue that has no staff yet the demo accounts (also a demo made before
// staff existed), once, under the write lock. True when any were written now.
Result<bool> ensureDemoStaff(storage::Database &database);

} // namespace dojo::venue
