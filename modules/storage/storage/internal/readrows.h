#pragma once

#include "storage/internal/transaction.h"

#include <core/result.h>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <type_traits>
#include <utility>
#include <vector>

namespace dojo::storage::internal {

// What a row maker makes: a row, or a Result of one for rows that can be malformed.
template<typename Made> struct RowOf
{
    using type = Made;
};
template<typename Row> struct RowOf<Result<Row>>
{
    using type = Row;
};

template<typename FromRow>
using RowsOf
    = std::vector<typename RowOf<std::invoke_result_t<FromRow &, const QSqlQuery &>>::type>;

// Every row of the run `query`, each made by `fromRow`; a row it cannot make ends the read.
template<typename FromRow> Result<RowsOf<FromRow>> takeRows(QSqlQuery &query, FromRow fromRow)
{
    using Made = std::invoke_result_t<FromRow &, const QSqlQuery &>;
    RowsOf<FromRow> rows;
    while (query.next()) {
        if constexpr (std::is_same_v<Made, typename RowOf<Made>::type>) {
            rows.push_back(fromRow(std::as_const(query)));
        } else {
            Made row = fromRow(std::as_const(query));
            if (!row)
                return Unexpected(row.error());
            rows.push_back(std::move(*row));
        }
    }
    return rows;
}

// Reads the rows of `sql` outside a transaction. The error is the bare reason: each caller says
// in its own sentence what it could not read.
template<typename FromRow>
Result<RowsOf<FromRow>> readRows(const QSqlDatabase &db, const QString &sql,
                                 const QVariantList &values, FromRow fromRow)
{
    Result<QSqlQuery> query = execute(db, sql, values);
    if (!query)
        return Unexpected(query.error());
    return takeRows(*query, std::move(fromRow));
}

// The same inside `txn`; the statement is finished, so the transaction can go on.
template<typename FromRow>
Result<RowsOf<FromRow>> readRows(Transaction &txn, const QString &sql, const QVariantList &values,
                                 FromRow fromRow)
{
    Result<QSqlQuery> query = txn.exec(sql, values);
    if (!query)
        return Unexpected(query.error());
    Result<RowsOf<FromRow>> rows = takeRows(*query, std::move(fromRow));
    query->finish();
    return rows;
}

} // namespace dojo::storage::internal
