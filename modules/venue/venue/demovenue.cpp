#include "venue/demovenue.h"

#include "venue/pinhash.h"
#include "venue/tablestatus.h"

#include "venue/ratetext.h"
#include <storage/staffrepository.h>

#include "venue/internal/raterules.h"
#include "venue/staff.h"

#include <storage/raterepository.h>
#include <storage/venuerepository.h>

#include <algorithm>

namespace dojo::venue {
namespace {

struct DemoTable
{
    const char *name;
    TableSize size;
    const char *camera;
};

struct DemoPlayer
{
    const char *name;
    const char *nickname;
};

constexpr DemoTable kDemoTables[] = {
    {"Table 1", TableSize::NineFoot, "simulated:1"},
    {"Table 2", TableSize::NineFoot, "simulated:2"},
    {"Table 3", TableSize::EightFootOversized, "simulated:3"},
    {"Table 4", TableSize::SevenFoot, "simulated:4"},
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
        table.status = storedStatusWord(false); // the rest is derived from sessions and bookings
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

// The demo's prices: per hour, members, blocks, minimum, happy hours (venue/ratetext.h).
struct DemoRate
{
    TableSize size;
    Cents centsPerHour;
    Cents memberCentsPerHour;
    int blockMinutes;
    Cents minimumCents;
    const char *happyHours;
};

constexpr DemoRate kDemoRates[] = {
    {TableSize::NineFoot, 1200, 900, 15, 500, "1234 16:00 19:00 600;56 22:00 02:00 600"},
    {TableSize::EightFootOversized, 1000, 800, 15, 500, "1234 16:00 19:00 500"},
    {TableSize::SevenFoot, 800, -1, 30, 400, ""},
};

} // namespace

std::vector<RateRule> demoRates()
{
    std::vector<RateRule> rates;
    for (const DemoRate &demo : kDemoRates) {
        RateRule rule;
        rule.rateClass = defaultRateClass(demo.size);
        rule.centsPerHour = demo.centsPerHour;
        rule.memberCentsPerHour = demo.memberCentsPerHour;
        rule.blockMinutes = demo.blockMinutes;
        rule.minimumCents = demo.minimumCents;
        rule.happyHours
            = happyHoursFromText(QLatin1String(demo.happyHours)).value_or(std::vector<HappyHour>{});
        rates.push_back(rule);
    }
    return rates;
}

Result<bool> ensureDemoRates(storage::VenueRepository &venues, storage::RateRepository &rates)
{
    const Result<std::vector<storage::VenueRecord>> all = venues.venues();
    if (!all)
        return Unexpected(all.error());
    bool written = false;
    for (const storage::VenueRecord &venue : *all) {
        if (!venue.isDemo)
            continue;
        const Result<std::vector<storage::RateRuleRecord>> existing = rates.rules(venue.id);
        if (!existing)
            return Unexpected(existing.error());
        if (!existing->empty())
            continue; // a manager's prices stay
        std::vector<storage::RateRuleRecord> records;
        for (const RateRule &rule : demoRates())
            records.push_back(internal::recordFromRateRule(rule, venue.id));
        if (Result<void> stored = rates.replaceRules(venue.id, records, systemActor().auditName());
            !stored)
            return Unexpected(stored.error());
        written = true;
    }
    return written;
}

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
