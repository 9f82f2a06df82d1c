// One table per enum: each value with its saved id and its plain name in both languages, so the
// value, the id files carry and the words on screen are written once, side by side. The table
// checks itself when made (at compile time, as every table is constexpr): each value once and in
// the enum's order, no id twice ("" marks a value never written).
#pragma once
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

#include "i18n.hpp"

namespace dl {

template <typename E>
struct EnumRow {
  E value;
  const char* id;     // as files and links carry it; "" for a value never written
  Phrase name = {};   // plain words on screen; empty for a value never shown
};

template <typename E, std::size_t N>
class EnumTable {
 public:
  // `rows` in the enum's order, starting from its first value (0).
  constexpr explicit EnumTable(const std::array<EnumRow<E>, N>& rows) : rows_(rows) {
    if (const char* why = problem(rows)) constant_check_failed(why);
  }
  // Why `rows` cannot make a table, or nullptr when they can.
  static constexpr const char* problem(const std::array<EnumRow<E>, N>& rows) {
    for (std::size_t i = 0; i < N; ++i) {
      if (static_cast<std::size_t>(rows[i].value) != i) return "an enum table lists its values in order, each once";
      for (std::size_t j = 0; j < i && *rows[i].id != '\0'; ++j) {
        if (std::string_view(rows[i].id) == std::string_view(rows[j].id)) return "two values of an enum share an id";
      }
    }
    return nullptr;
  }

  constexpr const char* id(E value) const { return row(value).id; }
  constexpr const Phrase& name(E value) const { return row(value).name; }
  // The value with this id; none for an unknown id or for "" (a value never written).
  constexpr std::optional<E> from_id(std::string_view id) const {
    if (id.empty()) return std::nullopt;
    for (const EnumRow<E>& r : rows_) {
      if (id == r.id) return r.value;
    }
    return std::nullopt;
  }
  constexpr std::array<E, N> values() const {
    std::array<E, N> out{};
    for (std::size_t i = 0; i < N; ++i) out[i] = rows_[i].value;
    return out;
  }
  constexpr const std::array<EnumRow<E>, N>& rows() const { return rows_; }

 private:
  // Values outside the table (a cast from a bad number) read as the first row.
  constexpr const EnumRow<E>& row(E value) const {
    const auto i = static_cast<std::size_t>(value);
    return i < N ? rows_[i] : rows_[0];
  }
  std::array<EnumRow<E>, N> rows_;
};

// enum_table<Round>({{Round::t0, "T0", {"Före kurserna", "Before the courses"}}, …}): the table
// with its size taken from the rows.
template <typename E, std::size_t N>
constexpr EnumTable<E, N> enum_table(const EnumRow<E> (&rows)[N]) {
  std::array<EnumRow<E>, N> out{};
  for (std::size_t i = 0; i < N; ++i) out[i] = rows[i];
  return EnumTable<E, N>(out);
}

}  // namespace dl
