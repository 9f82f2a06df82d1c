// std::visit with one lambda per alternative: std::visit(Overloaded{[](const A&) {…}, …}, v).
#pragma once

namespace dl {

template <class... Fs>
struct Overloaded : Fs... {
  using Fs::operator()...;
};
template <class... Fs>
Overloaded(Fs...) -> Overloaded<Fs...>;

}  // namespace dl
