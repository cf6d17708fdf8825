#include "venue/demovenue.h"

#include "venue/pinhash.h"
#include "venue/tablestatus.h"

#include <storage/staffrepository.h>
#include <storage/venuerepository.h>

namespace dojo::venue {
namespace {

struct DemoTable
{
    const char *name;
    TableSize size;
    TableStatus status;
    const char *camera;
};

struct DemoPlayer
{
    const char *name;
    const char *nickname;
};

constexpr DemoTable kDemoTables[] = {
    {"Table 1", TableSize::NineFoot, TableStatus::InPlay, "simulated:1"},
    {"Table 2", TableSize::NineFoot, TableStatus::Free, "simulated:2"},
    {"Table 3", TableSize::EightFootOversized, TableStatus::Booked, "simulated:3"},
    {"Table 4", TableSize::SevenFoot, TableStatus::Free, "simulated:4"},
};

constexpr DemoPlayer kDemoPlayers[] = {
    {"Alex Moreno", "Lefty"}, {"Bea Schmidt", ""}, {"Chen Wei", "The Professor"},
    {"Dana Okafor", ""},      {"Emil Novak", ""},  {"Farah Haddad", "Ice"},
    {"Gus Lindqvist", ""},    {"Hana Sato", ""},
};

// Remembered in the database once the demo was created, so it is created only once ever.
const QString kDemoSeedKey = QStringLiteral("demo_created");

storage::VenueSeed demoSeed()
{
    storage::VenueSeed seed;
    seed.name = QStringLiteral("Dojo Demo");
    seed.isDemo = true;
    int position = 0;
    for (const DemoTable &demo : kDemoTables) {
        storage::TableRecord table;
        table.name = QLatin1String(demo.name);
        table.size = demo.size;
        table.status = tableStatusKey(demo.status);
        table.cameraSource = QLatin1String(demo.camera);
        table.position = ++position;
        seed.tables.push_back(table);
    }
    for (const DemoPlayer &demo : kDemoPlayers) {
        storage::PlayerRecord player;
        player.name = QLatin1String(demo.name);
        player.nickname = QLatin1String(demo.nickname);
        seed.players.push_back(player);
    }
    return seed;
}

} // namespace

Result<bool> ensureDemoVenue(storage::VenueRepository &venues)
{
    return venues.seedFirstVenue(demoSeed(), kDemoSeedKey);
}

std::vector<DemoStaffAccount> demoStaffAccounts()
{
    return {{QStringLiteral("Mara"), Role::Manager, QStringLiteral("1111")},
            {QStringLiteral("Dev"), Role::Desk, QStringLiteral("2222")},
            {QStringLiteral("Rita"), Role::Referee, QStringLiteral("3333")}};
}

Result<bool> ensureDemoStaff(storage::Database &database)
{
    storage::VenueRepository venues(database);
    storage::StaffRepository staff(database);
    const Result<std::vector<storage::VenueRecord>> all = venues.venues();
    if (!all)
        return Unexpected(all.error());
    bool wrote = false;
    std::vector<storage::StaffRecord> accounts; // hashed once, only when a demo needs them
    for (const storage::VenueRecord &venue : *all) {
        if (!venue.isDemo)
            continue;
        const Result<std::vector<storage::StaffRecord>> members = staff.staff(venue.id);
        if (!members)
            return Unexpected(members.error());
        if (!members->empty())
            continue;
        if (accounts.empty()) {
            for (const DemoStaffAccount &account : demoStaffAccounts()) {
                const Result<QString> hash = hashPin(account.pin);
                if (!hash)
                    return Unexpected(hash.error());
                accounts.push_back(
                    storage::StaffRecord{0, 0, account.name, roleKey(account.role), *hash, true});
            }
        }
        const Result<bool> seeded = staff.seedStaff(venue.id, accounts, systemActor().auditName());
        if (!seeded)
            return Unexpected(seeded.error());
        wrote = wrote || *seeded;
    }
    return wrote;
}

} // namespace dojo::venue
