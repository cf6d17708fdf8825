#include "venue/resultscsv.h"

#include "venue/internal/venuetr.h"

#include <QHash>
#include <QStringDecoder>

#include <array>
#include <optional>

namespace dojo::venue {

using internal::Tr;

namespace {

const std::array<QLatin1String, 5> kHeader{QLatin1String("date"), QLatin1String("player_a"),
                                           QLatin1String("player_b"), QLatin1String("racks_a"),
                                           QLatin1String("racks_b")};
constexpr int kMostRackDigits = 9; // a whole number of racks that fits an int

// One record of the file: its fields, and the line it starts on (from 1).
struct Record
{
    int line = 0;
    QStringList fields;
    bool blank = false; // nothing but spaces
};

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t';
}

// Splits RFC 4180 records one at a time: quoted fields may hold commas, doubled quotes and
// line breaks; spaces around a field are dropped; CRLF, LF and CR all end a line.
class RecordReader
{
public:
    explicit RecordReader(const QString &text)
        : m_text(text)
    {
    }

    bool atEnd() const { return m_at >= m_text.size(); }

    Result<Record> next()
    {
        Record record;
        record.line = m_line;
        bool anyText = false;
        while (true) {
            Result<QString> field = readField(record.line, anyText);
            if (!field)
                return Unexpected(field.error());
            record.fields.append(*field);
            if (atEnd())
                break;
            const QChar separator = m_text.at(m_at++);
            if (separator == u',') {
                anyText = true;
                continue;
            }
            endLine(separator);
            break;
        }
        record.blank = !anyText;
        return record;
    }

private:
    // After a CR or LF: a CRLF is one line end.
    void endLine(QChar end)
    {
        if (end == u'\r' && m_at < m_text.size() && m_text.at(m_at) == u'\n')
            ++m_at;
        ++m_line;
    }

    void skipSpaces()
    {
        while (m_at < m_text.size() && isSpace(m_text.at(m_at)))
            ++m_at;
    }

    // A field up to the next comma or line end, which is left for the caller.
    Result<QString> readField(int recordLine, bool &anyText)
    {
        skipSpaces();
        if (m_at < m_text.size() && m_text.at(m_at) == u'"') {
            anyText = true;
            ++m_at;
            QString field;
            while (true) {
                if (atEnd())
                    return Unexpected(
                        Tr::tr("line %1: a quoted field is not closed.").arg(recordLine));
                const QChar c = m_text.at(m_at++);
                if (c == u'"') {
                    if (m_at < m_text.size() && m_text.at(m_at) == u'"') {
                        field += u'"';
                        ++m_at;
                        continue;
                    }
                    break;
                }
                if (c == u'\r' || c == u'\n') {
                    endLine(c);
                    field += u'\n';
                    continue;
                }
                field += c;
            }
            skipSpaces();
            if (!atEnd() && m_text.at(m_at) != u',' && m_text.at(m_at) != u'\r'
                && m_text.at(m_at) != u'\n') {
                return Unexpected(
                    Tr::tr("line %1: a quoted field goes on after its closing quote.").arg(m_line));
            }
            return field;
        }
        const qsizetype start = m_at;
        while (m_at < m_text.size()) {
            const QChar c = m_text.at(m_at);
            if (c == u',' || c == u'\r' || c == u'\n')
                break;
            ++m_at;
        }
        const QString field = m_text.mid(start, m_at - start).trimmed();
        anyText = anyText || !field.isEmpty();
        return field;
    }

    const QString &m_text;
    qsizetype m_at = 0;
    int m_line = 1;
};

std::optional<int> wholeRacks(const QString &text)
{
    if (text.isEmpty() || text.size() > kMostRackDigits)
        return std::nullopt;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    return text.toInt();
}

QDate isoDate(const QString &text)
{
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return {};
    return QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
}

QString headerText()
{
    QStringList names;
    for (const QLatin1String name : kHeader)
        names.append(name);
    return names.join(u',');
}

class SheetBuilder
{
public:
    Result<void> add(const Record &record)
    {
        const QStringList &fields = record.fields;
        if (fields.size() != static_cast<qsizetype>(kHeader.size())) {
            return Unexpected(Tr::tr("line %1 must have the 5 fields of the header; it has %2.")
                                  .arg(record.line)
                                  .arg(fields.size()));
        }
        DatedRacks row;
        row.line = record.line;
        row.date = isoDate(fields.at(0));
        if (!row.date.isValid()) {
            return Unexpected(Tr::tr("line %1: %2 is \"%3\", not a date as YYYY-MM-DD.")
                                  .arg(record.line)
                                  .arg(kHeader[0], fields.at(0)));
        }
        for (int i : {1, 2}) {
            if (fields.at(i).trimmed().isEmpty()) {
                return Unexpected(Tr::tr("line %1: %2 is empty; it must name a player.")
                                      .arg(record.line)
                                      .arg(kHeader[static_cast<size_t>(i)]));
            }
        }
        const QString nameA = fields.at(1).trimmed();
        const QString nameB = fields.at(2).trimmed();
        if (nameA == nameB) {
            return Unexpected(Tr::tr("line %1: %2 and %3 are both \"%4\", and a player cannot "
                                     "play against themselves.")
                                  .arg(record.line)
                                  .arg(kHeader[1], kHeader[2], nameA));
        }
        std::array<int, 2> racks{};
        for (int i : {3, 4}) {
            const std::optional<int> read = wholeRacks(fields.at(i));
            if (!read) {
                return Unexpected(Tr::tr("line %1: %2 is \"%3\", not a whole number of racks.")
                                      .arg(record.line)
                                      .arg(kHeader[static_cast<size_t>(i)], fields.at(i)));
            }
            racks[static_cast<size_t>(i - 3)] = *read;
        }
        row.racks = {playerIndex(nameA), playerIndex(nameB), racks[0], racks[1]};
        m_sheet.results.push_back(row);
        return {};
    }

    ResultsSheet take() { return std::move(m_sheet); }

private:
    int playerIndex(const QString &name)
    {
        const auto found = m_indexes.constFind(name);
        if (found != m_indexes.constEnd())
            return *found;
        const int index = static_cast<int>(m_sheet.players.size());
        m_sheet.players.append(name);
        m_indexes.insert(name, index);
        return index;
    }

    ResultsSheet m_sheet;
    QHash<QString, int> m_indexes;
};

} // namespace

Result<ResultsSheet> readResultsCsv(const QByteArray &csv)
{
    QStringDecoder decoder(QStringDecoder::Utf8); // drops a byte order mark
    const QString text = decoder(csv);
    if (decoder.hasError())
        return Unexpected(Tr::tr("The file is not UTF-8 text."));

    RecordReader reader(text);
    bool headerRead = false;
    SheetBuilder sheet;
    while (!reader.atEnd()) {
        Result<Record> record = reader.next();
        if (!record)
            return Unexpected(record.error());
        if (record->blank)
            continue;
        if (!headerRead) {
            bool same = record->fields.size() == static_cast<qsizetype>(kHeader.size());
            for (size_t i = 0; same && i < kHeader.size(); ++i)
                same = record->fields.at(static_cast<qsizetype>(i)) == kHeader[i];
            if (!same) {
                return Unexpected(Tr::tr("line %1: the header is \"%2\", not %3.")
                                      .arg(record->line)
                                      .arg(record->fields.join(u','), headerText()));
            }
            headerRead = true;
            continue;
        }
        if (Result<void> added = sheet.add(*record); !added)
            return Unexpected(added.error());
    }
    if (!headerRead) {
        return Unexpected(
            Tr::tr("The file is empty; its first line must be the header %1.").arg(headerText()));
    }
    return sheet.take();
}

} // namespace dojo::venue
