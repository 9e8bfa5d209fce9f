#pragma once

// The storage benchmark workload, shared by the three paths that run it:
//   a) the Habeas SQLCipher driver through QSqlDatabase/QSqlQuery,
//   b) the SQLCipher C API called directly,
//   c) Qt's QSQLITE driver on a plain file (separate executable).
// This header is plain C++: no SQLite, SQLCipher or Qt include, so that both
// executables can use it without pulling a second sqlite3_* into a process.

#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace habeas::bench {

inline constexpr std::uint64_t Seed = 20240611;
inline constexpr int RowCount = 100'000;
inline constexpr int LookupCount = 10'000;

// ---------------------------------------------------------------- SQL ----

// The page size is set by each path in its own way before these run: the
// Habeas driver issues PRAGMA cipher_page_size = 4096 itself, path (b) issues
// the same pragma, path (c) issues PRAGMA page_size = 4096.
inline constexpr std::array<const char *, 5> Pragmas = {
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
};

// The page cache the vault gives its connection (Vault applies
// PRAGMA cache_size = -65536, 64 MiB), applied to every path so that all
// three run as Habeas runs. HABEAS_BENCH_CACHE_SIZE overrides it for
// experiments ("default" keeps SQLite's default of about 2 MB).
inline constexpr long VaultCacheSizeKiB = -65536;

inline std::string extraPragma()
{
    long value = VaultCacheSizeKiB;
    if (const char *env = std::getenv("HABEAS_BENCH_CACHE_SIZE"); env && *env) {
        if (std::string(env) == "default")
            return {};
        char *end = nullptr;
        value = std::strtol(env, &end, 10);
        if (*end != '\0')
            return {};
    }
    return "PRAGMA cache_size = " + std::to_string(value);
}

// What every path checks after opening, as "page_size journal_mode
// synchronous foreign_keys secure_delete temp_store" (FULL = 2, MEMORY = 2).
inline constexpr std::array<const char *, 6> SettingQueries = {
    "PRAGMA page_size",    "PRAGMA journal_mode",  "PRAGMA synchronous",
    "PRAGMA foreign_keys", "PRAGMA secure_delete", "PRAGMA temp_store",
};
inline constexpr std::string_view ExpectedSettings = "4096 wal 2 1 1 2";

inline constexpr std::array<const char *, 2> Schema = {
    "CREATE TABLE requests ("
    " id INTEGER PRIMARY KEY,"
    " reference TEXT NOT NULL,"
    " surname TEXT NOT NULL,"
    " first_name TEXT,"
    " received TEXT NOT NULL,"
    " due TEXT NOT NULL,"
    " state INTEGER NOT NULL,"
    " notes TEXT)",
    // The range query reads WHERE due BETWEEN ? AND ? ORDER BY due, id: the
    // index on due (whose entries end in the rowid) serves both the filter
    // and the order, no sort step.
    "CREATE INDEX requests_due ON requests (due)",
};

inline constexpr const char *InsertSql =
    "INSERT INTO requests (reference, surname, first_name, received, due, state, notes)"
    " VALUES (?, ?, ?, ?, ?, ?, ?)";

// The reads all return the eight columns in this order.
inline constexpr int ColumnCount = 8;
inline constexpr const char *LookupSql =
    "SELECT id, reference, surname, first_name, received, due, state, notes"
    " FROM requests WHERE id = ?";
inline constexpr const char *RangeSql =
    "SELECT id, reference, surname, first_name, received, due, state, notes"
    " FROM requests WHERE due BETWEEN ? AND ? ORDER BY due, id";
inline constexpr const char *LikeSql =
    "SELECT id, reference, surname, first_name, received, due, state, notes"
    " FROM requests WHERE surname LIKE ?";

// Parameters of the range and LIKE queries (bound, not spliced into the SQL).
inline constexpr const char *RangeFrom = "2021-03-01";
inline constexpr const char *RangeTo = "2021-05-31";
inline constexpr const char *LikePattern = "%ert%";

// ----------------------------------------------------------- the data ----

struct Request {
    std::string reference;
    std::string surname;
    std::optional<std::string> firstName;
    std::string received; // ISO date
    std::string due;      // ISO date
    int state = 0;
    std::optional<std::string> notes;
};

// splitmix64: small, fast and fully specified, so every path and every
// compiler sees the same sequence (std::uniform_int_distribution is not
// specified bit for bit).
class Random {
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // In [0, bound); the modulo bias is irrelevant here.
    std::uint32_t below(std::uint32_t bound) { return static_cast<std::uint32_t>(next() % bound); }

private:
    std::uint64_t m_state;
};

namespace detail {

inline constexpr std::array<std::string_view, 60> Surnames = {
    "Martin",   "Bernard",  "Dubois",   "Thomas",   "Robert",    "Richard",  "Petit",    "Durand",
    "Leroy",    "Moreau",   "Simon",    "Laurent",  "Lefèvre",   "Michel",   "Garcia",   "David",
    "Bertrand", "Roux",     "Vincent",  "Fournier", "Morel",     "Girard",   "André",    "Lefebvre",
    "Mercier",  "Dupont",   "Lambert",  "Bonnet",   "François",  "Martinez", "Legrand",  "Garnier",
    "Faure",    "Rousseau", "Blanc",    "Guérin",   "Muller",    "Henry",    "Roussel",  "Nicolas",
    "Perrin",   "Morin",    "Mathieu",  "Clément",  "Gauthier",  "Dumont",   "Lopez",    "Fontaine",
    "Chevalier", "Robin",   "Masson",   "Sanchez",  "Gérard",    "Nguyen",   "Boyer",    "Denis",
    "Lemaire",  "Duval",    "Joly",     "Hébert",
};

inline constexpr std::array<std::string_view, 40> FirstNames = {
    "Marie",  "Jean",     "Pierre",  "Michel",   "Anne",     "Hélène",   "François", "Chloé",
    "Léa",    "Théo",     "Zoé",     "Agnès",    "Cécile",   "Jérôme",   "Gaëlle",   "Noël",
    "Camille", "Louise",  "Hugo",    "Lucas",    "Manon",    "Inès",     "Éloïse",   "Raphaël",
    "Sophie", "Nathalie", "Isabelle", "Philippe", "Nicolas", "Aurélie",  "Benoît",   "Joëlle",
    "Océane", "Maël",     "Bérénice", "Étienne", "Margaux",  "Clémence", "Yannick",  "Françoise",
};

inline constexpr std::array<std::string_view, 16> NoteFragments = {
    "Demande d'accès au dossier complet.",
    "Pièce d'identité reçue par courrier.",
    "Relance envoyée au service concerné.",
    "Le demandeur conteste l'exactitude des données.",
    "Effacement demandé pour les données de prospection.",
    "Prolongation du délai notifiée au demandeur.",
    "Transmis au délégué à la protection des données.",
    "Réponse partielle envoyée ; compléments attendus.",
    "Opposition au traitement à des fins commerciales.",
    "Portabilité : export au format CSV préparé.",
    "Demande déposée au guichet, accusé de réception remis.",
    "Vérification d'identité en cours.",
    "Données détenues par un sous-traitant, contact pris.",
    "Rectification de l'adresse postale effectuée.",
    "Le demandeur souhaite une réponse par voie électronique.",
    "Dossier clos après réponse complète.",
};

inline std::string isoDate(std::chrono::sys_days day)
{
    const std::chrono::year_month_day ymd(day);
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return text;
}

} // namespace detail

// The RowCount rows every path inserts, in insertion order (row i gets id i+1).
inline std::vector<Request> generateRequests(int count = RowCount, std::uint64_t seed = Seed)
{
    using namespace std::chrono;
    Random random(seed);
    const sys_days first = sys_days(year(2015) / January / 1);
    const auto span = static_cast<std::uint32_t>((sys_days(year(2025) / January / 1) - first).count());

    std::vector<Request> rows;
    rows.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        Request r;
        const sys_days received = first + days(random.below(span));
        // One month to answer, three when the deadline was extended.
        const sys_days due = received + days(random.below(4) == 0 ? 90 : 30);
        char reference[32];
        std::snprintf(reference, sizeof reference, "DP-%04d-%06d",
                      static_cast<int>(year_month_day(received).year()), i + 1);
        r.reference = reference;
        r.surname = detail::Surnames[random.below(detail::Surnames.size())];
        if (random.below(10) != 0) // some requests come from organisations
            r.firstName = std::string(detail::FirstNames[random.below(detail::FirstNames.size())]);
        r.received = detail::isoDate(received);
        r.due = detail::isoDate(due);
        r.state = static_cast<int>(random.below(5));
        const std::uint32_t fragments = random.below(4); // 0: no notes (NULL)
        if (fragments > 0) {
            std::string notes;
            for (std::uint32_t f = 0; f < fragments; ++f) {
                if (f > 0)
                    notes += ' ';
                notes += detail::NoteFragments[random.below(detail::NoteFragments.size())];
            }
            r.notes = std::move(notes);
        }
        rows.push_back(std::move(r));
    }
    return rows;
}

// The ids the lookup benchmark reads, in order (all in [1, RowCount]).
inline std::vector<std::int64_t> lookupIds(int count = LookupCount, std::uint64_t seed = Seed ^ 0x5eedULL)
{
    Random random(seed);
    std::vector<std::int64_t> ids;
    ids.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i)
        ids.push_back(static_cast<std::int64_t>(random.below(RowCount)) + 1);
    return ids;
}

// What a read benchmark saw, reported as counters so that the three paths can
// be checked to have done the same work: rows read, a sum of the ids and
// states, and the number of non-NULL first_name/notes values.
struct ReadCheck {
    std::int64_t rows = 0;
    std::int64_t idStateSum = 0;
    std::int64_t nonNull = 0;

    void add(std::int64_t id, int state, bool hasFirstName, bool hasNotes)
    {
        ++rows;
        idStateSum += id + state;
        nonNull += (hasFirstName ? 1 : 0) + (hasNotes ? 1 : 0);
    }
};

// ---------------------------------------------------------- the files ----

// The folder of the benchmark databases: $HABEAS_BENCH_DIR, or habeas-bench
// under the system temporary folder. It should be on a real disk: with
// synchronous = FULL every commit waits for an fsync.
inline std::filesystem::path databaseFolder()
{
    std::filesystem::path folder;
    if (const char *env = std::getenv("HABEAS_BENCH_DIR"); env && *env)
        folder = env;
    else
        folder = std::filesystem::temp_directory_path() / "habeas-bench";
    std::filesystem::create_directories(folder);
    return folder;
}

// Removes a database and its WAL and shared-memory files.
inline void removeDatabase(const std::filesystem::path &file)
{
    std::error_code ignored;
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        std::filesystem::remove(file.string() + suffix, ignored);
}

// True when the file starts with the plain SQLite header (i.e. it is not
// encrypted).
inline bool hasPlainSqliteHeader(const std::filesystem::path &file)
{
    char header[16] = {};
    std::FILE *f = std::fopen(file.string().c_str(), "rb");
    if (!f)
        return false;
    const std::size_t read = std::fread(header, 1, sizeof header, f);
    std::fclose(f);
    return read == sizeof header && std::string_view(header, sizeof header) == std::string_view("SQLite format 3\0", 16);
}

} // namespace habeas::bench
