#include "core/crypto/SecureBytes.h"

#include "core/crypto/Sodium.h"

#include <QStringView>

#include <cstring>
#include <new>
#include <utility>

namespace habeas {

SecureBytes::SecureBytes(std::size_t size)
{
    ensureSodium();
    if (size == 0)
        return;
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    m_size = size;
    sodium_memzero(m_data, m_size);
}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes SecureBytes::random(std::size_t size)
{
    SecureBytes bytes(size);
    if (size)
        randombytes_buf(bytes.m_data, size);
    return bytes;
}

SecureBytes SecureBytes::copyOf(QByteArrayView source)
{
    SecureBytes bytes(static_cast<std::size_t>(source.size()));
    if (!source.isEmpty())
        std::memcpy(bytes.m_data, source.data(), bytes.m_size);
    return bytes;
}

SecureBytes SecureBytes::fromText(const QString &text)
{
    // QString::toUtf8 would leave an unwiped heap copy; encode by hand into
    // guarded memory instead. Normalisation itself makes a QString copy that
    // we overwrite before it is released.
    QString normalised = text.normalized(QString::NormalizationForm_C);
    const QStringView view(normalised);
    const auto codePointAt = [&view](qsizetype &i) -> char32_t {
        const QChar c = view.at(i);
        if (c.isHighSurrogate() && i + 1 < view.size() && view.at(i + 1).isLowSurrogate()) {
            ++i;
            return QChar::surrogateToUcs4(c, view.at(i));
        }
        return c.unicode();
    };
    std::size_t length = 0;
    for (qsizetype i = 0; i < view.size(); ++i) {
        const char32_t c = codePointAt(i);
        length += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    }
    SecureBytes bytes(length);
    unsigned char *out = bytes.m_data;
    for (qsizetype i = 0; i < view.size(); ++i) {
        const char32_t c = codePointAt(i);
        if (c < 0x80) {
            *out++ = static_cast<unsigned char>(c);
        } else if (c < 0x800) {
            *out++ = static_cast<unsigned char>(0xC0 | (c >> 6));
            *out++ = static_cast<unsigned char>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            *out++ = static_cast<unsigned char>(0xE0 | (c >> 12));
            *out++ = static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F));
            *out++ = static_cast<unsigned char>(0x80 | (c & 0x3F));
        } else {
            *out++ = static_cast<unsigned char>(0xF0 | (c >> 18));
            *out++ = static_cast<unsigned char>(0x80 | ((c >> 12) & 0x3F));
            *out++ = static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F));
            *out++ = static_cast<unsigned char>(0x80 | (c & 0x3F));
        }
    }
    if (!normalised.isEmpty())
        normalised.fill(QChar(u'\0'));
    return bytes;
}

SecureBytes SecureBytes::toHex() const
{
    static constexpr char digits[] = "0123456789abcdef";
    SecureBytes hex(m_size * 2);
    for (std::size_t i = 0; i < m_size; ++i) {
        hex.m_data[2 * i] = static_cast<unsigned char>(digits[m_data[i] >> 4]);
        hex.m_data[2 * i + 1] = static_cast<unsigned char>(digits[m_data[i] & 0x0F]);
    }
    return hex;
}

void SecureBytes::clear()
{
    if (m_data) {
        sodium_memzero(m_data, m_size);
        sodium_free(m_data);
    }
    m_data = nullptr;
    m_size = 0;
}

bool SecureBytes::isZeroed() const
{
    return m_size == 0 || sodium_is_zero(m_data, m_size) == 1;
}

bool operator==(const SecureBytes &a, const SecureBytes &b)
{
    return a.size() == b.size() && (a.size() == 0 || sodium_memcmp(a.data(), b.data(), a.size()) == 0);
}

} // namespace habeas
