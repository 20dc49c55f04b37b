/// Copies of the shipped `themes/*.theme` files compiled into the binary, so an
/// installed `docket` without the repository still has every shipped theme.
/// A test checks these equal the files; when a file changes, paste it here again.
enum BuiltInThemes {
    /// Theme name → file text, in the order the themes are listed to users.
    static let texts: [(name: String, text: String)] = [
        ("default", """
            # Docket default theme, for dark terminals.
            # Each line: role  foreground  background  [attributes]
            # Colours: default, black, red, green, yellow, blue, magenta, cyan, white,
            # bright-black … bright-white, color0 … color255 (256-colour terminals; others get
            # the nearest basic colour). Attributes: bold, underline, reverse, dim, standout, or -.
            # A theme file may leave roles out: they look as they do here.

            normal          default        default     -
            muted           color245       default     -
            title           bright-white   default     bold
            header          color110       default     bold,underline
            selected        black          color110    -
            tab             color250       color236    -
            tab-active      black          color110    bold
            status-bar      color252       color238    -
            footer-key      black          color110    bold
            footer-text     color250       color236    -
            border          color240       default     -
            overdue         color203       default     bold
            due-soon        color214       default     -
            on-track        color114       default     -
            on-hold         color141       default     -
            priority-high   color209       default     bold
            masked          color245       default     -
            field-label     color250       default     -
            field           default        color236    -
            field-focused   black          color222    -
            field-error     color203       default     bold
            required        color203       default     bold
            error           bright-white   color124    bold
            warning         black          color214    bold
            success         color114       default     bold
            chart-bar       color74        default     -
            chart-bar-alt   color203       default     -
            chart-line      color114       default     -
            overlay         color252       color237    -
            search          black          color222    -
            """ + "\n"),
        ("light", """
            # Docket light theme, for terminals with a light background.
            # Each line: role  foreground  background  [attributes]

            normal          default        default     -
            muted           color243       default     -
            title           color18        default     bold
            header          color24        default     bold,underline
            selected        white          color24     -
            tab             color238       color252    -
            tab-active      white          color24     bold
            status-bar      color235       color250    -
            footer-key      white          color24     bold
            footer-text     color235       color252    -
            border          color246       default     -
            overdue         color160       default     bold
            due-soon        color130       default     bold
            on-track        color28        default     -
            on-hold         color91        default     -
            priority-high   color160       default     bold
            masked          color243       default     -
            field-label     color238       default     -
            field           default        color254    -
            field-focused   black          color229    -
            field-error     color160       default     bold
            required        color160       default     bold
            error           white          color160    bold
            warning         black          color220    bold
            success         color28        default     bold
            chart-bar       color25        default     -
            chart-bar-alt   color160       default     -
            chart-line      color28        default     -
            overlay         color235       color254    -
            search          black          color229    -
            """ + "\n"),
        ("high-contrast", """
            # Docket high-contrast theme: the 16 basic colours only, bright on black,
            # with bold and underline doing as much of the work as colour.
            # Each line: role  foreground  background  [attributes]

            normal          bright-white   black          -
            muted           white          black          -
            title           bright-yellow  black          bold
            header          bright-white   black          bold,underline
            selected        black          bright-yellow  bold
            tab             bright-white   black          -
            tab-active      black          bright-white   bold
            status-bar      black          bright-white   bold
            footer-key      black          bright-yellow  bold
            footer-text     bright-white   black          -
            border          bright-white   black          -
            overdue         bright-red     black          bold,underline
            due-soon        bright-yellow  black          bold
            on-track        bright-green   black          -
            on-hold         bright-cyan    black          -
            priority-high   bright-red     black          bold
            masked          white          black          -
            field-label     bright-white   black          bold
            field           bright-white   black          underline
            field-focused   black          bright-cyan    bold
            field-error     bright-red     black          bold,underline
            required        bright-red     black          bold
            error           bright-white   red            bold
            warning         black          bright-yellow  bold
            success         bright-green   black          bold
            chart-bar       bright-cyan    black          -
            chart-bar-alt   bright-red     black          bold
            chart-line      bright-green   black          -
            overlay         bright-white   black          -
            search          black          bright-cyan    bold
            """ + "\n"),
        ("monochrome", """
            # Docket monochrome theme: attributes only, no colours. Used when NO_COLOR is set
            # or the terminal has no colours. Every distinction the colour themes make is
            # made here with bold, underline, reverse or dim (and by the screens' own markers).
            # Each line: role  foreground  background  [attributes]

            normal          default        default     -
            muted           default        default     dim
            title           default        default     bold
            header          default        default     bold,underline
            selected        default        default     reverse
            tab             default        default     -
            tab-active      default        default     reverse,bold
            status-bar      default        default     reverse
            footer-key      default        default     reverse,bold
            footer-text     default        default     -
            border          default        default     -
            overdue         default        default     bold,underline
            due-soon        default        default     underline
            on-track        default        default     -
            on-hold         default        default     dim
            priority-high   default        default     bold
            masked          default        default     dim
            field-label     default        default     -
            field           default        default     underline
            field-focused   default        default     reverse
            field-error     default        default     bold,underline
            required        default        default     bold
            error           default        default     reverse,bold
            warning         default        default     bold
            success         default        default     bold
            chart-bar       default        default     -
            chart-bar-alt   default        default     bold
            chart-line      default        default     -
            overlay         default        default     -
            search          default        default     underline
            """ + "\n"),
    ]

    static var names: [String] { texts.map(\.name) }

    static func text(named name: String) -> String? {
        texts.first { $0.name == name }?.text
    }

    /// A built-in theme, parsed. The shipped files are tested to parse cleanly; should
    /// one ever fail, the plain theme keeps the console usable.
    static func theme(named name: String) -> Theme {
        guard let text = text(named: name) else { return Theme(name: name, styles: [:]) }
        let base: Theme? = name == "default" ? nil : Theme.default
        return (try? ThemeParser.parse(text, file: "built-in \(name).theme", name: name, base: base))
            ?? Theme(name: name, styles: [:], inheritingFrom: base)
    }
}
