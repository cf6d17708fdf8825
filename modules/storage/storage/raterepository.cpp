#include "storage/raterepository.h"

#include "storage/database.h"
#include "storage/internal/auditedcommit.h"
#include "storage/internal/readrows.h"
#include "storage/internal/sqltext.h"
#include "storage/internal/storagetr.h"
#include "storage/internal/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

#include <set>

namespace dojo::storage {

using internal::Tr;
using internal::Transaction;

namespace {

QJsonArray rulesJson(const std::vector<RateRuleRecord> &rules)
{
    QJsonArray array;
    for (const RateRuleRecord &rule : rules) {
        array.append(QJsonObject{{QStringLiteral("class"), rule.rateClass},
                                 {QStringLiteral("cents_per_hour"), rule.centsPerHour},
                                 {QStringLiteral("member_cents_per_hour"), rule.memberCentsPerHour},
                                 {QStringLiteral("block_minutes"), rule.blockMinutes},
                                 {QStringLiteral("minimum_cents"), rule.minimumCents},
                                 {QStringLiteral("happy_hours"), rule.happyHours}});
    }
    return array;
}

RateRuleRecord ruleFromRow(const QSqlQuery &query)
{
    RateRuleRecord rule;
    rule.id = query.value(0).toLongLong();
    rule.venueId = query.value(1).toLongLong();
    rule.rateClass = query.value(2).toString();
    rule.centsPerHour = query.value(3).toLongLong();
    rule.memberCentsPerHour = query.value(4).toLongLong();
    rule.blockMinutes = query.value(5).toInt();
    rule.minimumCents = query.value(6).toLongLong();
    rule.happyHours = query.value(7).toString();
    return rule;
}

const QString kSelectRules
    = QStringLiteral("SELECT id, venue_id, rate_class, cents_per_hour, member_cents_per_hour, "
                     "block_minutes, minimum_cents, happy_hours FROM rate_rules "
                     "WHERE venue_id = ? ORDER BY rate_class");

} // namespace

RateRepository::RateRepository(Database &database)
    : m_database(database)
{
}

Result<std::vector<RateRuleRecord>> RateRepository::rules(qint64 venueId)
{
    Result<std::vector<RateRuleRecord>> rules
        = internal::readRows(m_database.connection(), kSelectRules, {venueId}, ruleFromRow);
    if (!rules) {
        return Unexpected(Tr::tr("cannot read the rates of venue %1: %2")
                              .arg(QString::number(venueId), rules.error()));
    }
    return rules;
}

Result<void> RateRepository::replaceRules(qint64 venueId, const std::vector<RateRuleRecord> &rules,
                                          const QString &actor)
{
    const auto failed = [venueId](const QString &why) {
        return Unexpected(
            Tr::tr("cannot change the rates of venue %1: %2").arg(QString::number(venueId), why));
    };
    std::set<QString> classes;
    for (const RateRuleRecord &rule : rules) {
        if (rule.rateClass.trimmed().isEmpty())
            return failed(Tr::tr("a rate needs the class of table it is for"));
        if (!classes.insert(rule.rateClass).second)
            return failed(Tr::tr("the class \"%1\" has two rates").arg(rule.rateClass));
        if (rule.centsPerHour < 0 || rule.minimumCents < 0)
            return failed(Tr::tr("the rate for \"%1\" is below zero").arg(rule.rateClass));
    }
    Transaction txn(m_database.connection());
    if (Result<void> begun = txn.begin(); !begun)
        return failed(begun.error());
    const Result<std::vector<RateRuleRecord>> old
        = internal::readRows(txn, kSelectRules, {venueId}, ruleFromRow);
    if (!old)
        return failed(old.error());
    if (Result<QSqlQuery> removed
        = txn.exec(QStringLiteral("DELETE FROM rate_rules WHERE venue_id = ?"), {venueId});
        !removed)
        return failed(removed.error());
    for (const RateRuleRecord &rule : rules) {
        if (Result<QSqlQuery> inserted = txn.exec(
                QStringLiteral("INSERT INTO rate_rules (venue_id, rate_class, cents_per_hour, "
                               "member_cents_per_hour, block_minutes, minimum_cents, happy_hours) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {venueId, rule.rateClass, rule.centsPerHour, rule.memberCentsPerHour,
                 rule.blockMinutes, rule.minimumCents, internal::notNull(rule.happyHours)});
            !inserted)
            return failed(inserted.error());
    }
    const QJsonObject change{{QStringLiteral("from"), rulesJson(*old)},
                             {QStringLiteral("to"), rulesJson(rules)}};
    if (Result<void> committed = internal::auditAndCommit(
            txn, actor, QStringLiteral("rates.changed"), QStringLiteral("venue:%1").arg(venueId),
            QString::fromUtf8(QJsonDocument(change).toJson(QJsonDocument::Compact)));
        !committed)
        return failed(committed.error());
    return {};
}

} // namespace dojo::storage
