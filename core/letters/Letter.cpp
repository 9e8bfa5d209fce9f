#include "core/letters/Letter.h"

#include "core/EnumKeys.h"

#include <array>

namespace habeas {

namespace {

constexpr std::pair<LetterKind, const char *> Kinds[] = {
    {LetterKind::Acknowledgement, "acknowledgement"},
    {LetterKind::IdentityRequest, "identity-request"},
    {LetterKind::Extension, "extension"},
    {LetterKind::Refusal, "refusal"},
    {LetterKind::Reply, "reply"},
};

constexpr std::array AllKinds = {LetterKind::Acknowledgement, LetterKind::IdentityRequest, LetterKind::Extension,
                                 LetterKind::Refusal, LetterKind::Reply};

} // namespace

std::span<const LetterKind> allLetterKinds() { return AllKinds; }
QString letterKindKey(LetterKind kind) { return enumKey(kind, Kinds); }
std::optional<LetterKind> letterKindFromKey(const QString &key) { return enumFromKey(key, Kinds); }

} // namespace habeas
