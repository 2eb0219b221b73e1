import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 841:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const parse = __nccwpck_require__(438)
const stringify = __nccwpck_require__(568)

const JSON5 = {
    parse,
    stringify,
}

module.exports = JSON5


/***/ }),

/***/ 438:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const util = __nccwpck_require__(393)

let source
let parseState
let stack
let pos
let line
let column
let token
let key
let root

module.exports = function parse (text, reviver) {
    source = String(text)
    parseState = 'start'
    stack = []
    pos = 0
    line = 1
    column = 0
    token = undefined
    key = undefined
    root = undefined

    do {
        token = lex()

        // This code is unreachable.
        // if (!parseStates[parseState]) {
        //     throw invalidParseState()
        // }

        parseStates[parseState]()
    } while (token.type !== 'eof')

    if (typeof reviver === 'function') {
        return internalize({'': root}, '', reviver)
    }

    return root
}

function internalize (holder, name, reviver) {
    const value = holder[name]
    if (value != null && typeof value === 'object') {
        if (Array.isArray(value)) {
            for (let i = 0; i < value.length; i++) {
                const key = String(i)
                const replacement = internalize(value, key, reviver)
                if (replacement === undefined) {
                    delete value[key]
                } else {
                    Object.defineProperty(value, key, {
                        value: replacement,
                        writable: true,
                        enumerable: true,
                        configurable: true,
                    })
                }
            }
        } else {
            for (const key in value) {
                const replacement = internalize(value, key, reviver)
                if (replacement === undefined) {
                    delete value[key]
                } else {
                    Object.defineProperty(value, key, {
                        value: replacement,
                        writable: true,
                        enumerable: true,
                        configurable: true,
                    })
                }
            }
        }
    }

    return reviver.call(holder, name, value)
}

let lexState
let buffer
let doubleQuote
let sign
let c

function lex () {
    lexState = 'default'
    buffer = ''
    doubleQuote = false
    sign = 1

    for (;;) {
        c = peek()

        // This code is unreachable.
        // if (!lexStates[lexState]) {
        //     throw invalidLexState(lexState)
        // }

        const token = lexStates[lexState]()
        if (token) {
            return token
        }
    }
}

function peek () {
    if (source[pos]) {
        return String.fromCodePoint(source.codePointAt(pos))
    }
}

function read () {
    const c = peek()

    if (c === '\n') {
        line++
        column = 0
    } else if (c) {
        column += c.length
    } else {
        column++
    }

    if (c) {
        pos += c.length
    }

    return c
}

const lexStates = {
    default () {
        switch (c) {
        case '\t':
        case '\v':
        case '\f':
        case ' ':
        case '\u00A0':
        case '\uFEFF':
        case '\n':
        case '\r':
        case '\u2028':
        case '\u2029':
            read()
            return

        case '/':
            read()
            lexState = 'comment'
            return

        case undefined:
            read()
            return newToken('eof')
        }

        if (util.isSpaceSeparator(c)) {
            read()
            return
        }

        // This code is unreachable.
        // if (!lexStates[parseState]) {
        //     throw invalidLexState(parseState)
        // }

        return lexStates[parseState]()
    },

    comment () {
        switch (c) {
        case '*':
            read()
            lexState = 'multiLineComment'
            return

        case '/':
            read()
            lexState = 'singleLineComment'
            return
        }

        throw invalidChar(read())
    },

    multiLineComment () {
        switch (c) {
        case '*':
            read()
            lexState = 'multiLineCommentAsterisk'
            return

        case undefined:
            throw invalidChar(read())
        }

        read()
    },

    multiLineCommentAsterisk () {
        switch (c) {
        case '*':
            read()
            return

        case '/':
            read()
            lexState = 'default'
            return

        case undefined:
            throw invalidChar(read())
        }

        read()
        lexState = 'multiLineComment'
    },

    singleLineComment () {
        switch (c) {
        case '\n':
        case '\r':
        case '\u2028':
        case '\u2029':
            read()
            lexState = 'default'
            return

        case undefined:
            read()
            return newToken('eof')
        }

        read()
    },

    value () {
        switch (c) {
        case '{':
        case '[':
            return newToken('punctuator', read())

        case 'n':
            read()
            literal('ull')
            return newToken('null', null)

        case 't':
            read()
            literal('rue')
            return newToken('boolean', true)

        case 'f':
            read()
            literal('alse')
            return newToken('boolean', false)

        case '-':
        case '+':
            if (read() === '-') {
                sign = -1
            }

            lexState = 'sign'
            return

        case '.':
            buffer = read()
            lexState = 'decimalPointLeading'
            return

        case '0':
            buffer = read()
            lexState = 'zero'
            return

        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7':
        case '8':
        case '9':
            buffer = read()
            lexState = 'decimalInteger'
            return

        case 'I':
            read()
            literal('nfinity')
            return newToken('numeric', Infinity)

        case 'N':
            read()
            literal('aN')
            return newToken('numeric', NaN)

        case '"':
        case "'":
            doubleQuote = (read() === '"')
            buffer = ''
            lexState = 'string'
            return
        }

        throw invalidChar(read())
    },

    identifierNameStartEscape () {
        if (c !== 'u') {
            throw invalidChar(read())
        }

        read()
        const u = unicodeEscape()
        switch (u) {
        case '$':
        case '_':
            break

        default:
            if (!util.isIdStartChar(u)) {
                throw invalidIdentifier()
            }

            break
        }

        buffer += u
        lexState = 'identifierName'
    },

    identifierName () {
        switch (c) {
        case '$':
        case '_':
        case '\u200C':
        case '\u200D':
            buffer += read()
            return

        case '\\':
            read()
            lexState = 'identifierNameEscape'
            return
        }

        if (util.isIdContinueChar(c)) {
            buffer += read()
            return
        }

        return newToken('identifier', buffer)
    },

    identifierNameEscape () {
        if (c !== 'u') {
            throw invalidChar(read())
        }

        read()
        const u = unicodeEscape()
        switch (u) {
        case '$':
        case '_':
        case '\u200C':
        case '\u200D':
            break

        default:
            if (!util.isIdContinueChar(u)) {
                throw invalidIdentifier()
            }

            break
        }

        buffer += u
        lexState = 'identifierName'
    },

    sign () {
        switch (c) {
        case '.':
            buffer = read()
            lexState = 'decimalPointLeading'
            return

        case '0':
            buffer = read()
            lexState = 'zero'
            return

        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7':
        case '8':
        case '9':
            buffer = read()
            lexState = 'decimalInteger'
            return

        case 'I':
            read()
            literal('nfinity')
            return newToken('numeric', sign * Infinity)

        case 'N':
            read()
            literal('aN')
            return newToken('numeric', NaN)
        }

        throw invalidChar(read())
    },

    zero () {
        switch (c) {
        case '.':
            buffer += read()
            lexState = 'decimalPoint'
            return

        case 'e':
        case 'E':
            buffer += read()
            lexState = 'decimalExponent'
            return

        case 'x':
        case 'X':
            buffer += read()
            lexState = 'hexadecimal'
            return
        }

        return newToken('numeric', sign * 0)
    },

    decimalInteger () {
        switch (c) {
        case '.':
            buffer += read()
            lexState = 'decimalPoint'
            return

        case 'e':
        case 'E':
            buffer += read()
            lexState = 'decimalExponent'
            return
        }

        if (util.isDigit(c)) {
            buffer += read()
            return
        }

        return newToken('numeric', sign * Number(buffer))
    },

    decimalPointLeading () {
        if (util.isDigit(c)) {
            buffer += read()
            lexState = 'decimalFraction'
            return
        }

        throw invalidChar(read())
    },

    decimalPoint () {
        switch (c) {
        case 'e':
        case 'E':
            buffer += read()
            lexState = 'decimalExponent'
            return
        }

        if (util.isDigit(c)) {
            buffer += read()
            lexState = 'decimalFraction'
            return
        }

        return newToken('numeric', sign * Number(buffer))
    },

    decimalFraction () {
        switch (c) {
        case 'e':
        case 'E':
            buffer += read()
            lexState = 'decimalExponent'
            return
        }

        if (util.isDigit(c)) {
            buffer += read()
            return
        }

        return newToken('numeric', sign * Number(buffer))
    },

    decimalExponent () {
        switch (c) {
        case '+':
        case '-':
            buffer += read()
            lexState = 'decimalExponentSign'
            return
        }

        if (util.isDigit(c)) {
            buffer += read()
            lexState = 'decimalExponentInteger'
            return
        }

        throw invalidChar(read())
    },

    decimalExponentSign () {
        if (util.isDigit(c)) {
            buffer += read()
            lexState = 'decimalExponentInteger'
            return
        }

        throw invalidChar(read())
    },

    decimalExponentInteger () {
        if (util.isDigit(c)) {
            buffer += read()
            return
        }

        return newToken('numeric', sign * Number(buffer))
    },

    hexadecimal () {
        if (util.isHexDigit(c)) {
            buffer += read()
            lexState = 'hexadecimalInteger'
            return
        }

        throw invalidChar(read())
    },

    hexadecimalInteger () {
        if (util.isHexDigit(c)) {
            buffer += read()
            return
        }

        return newToken('numeric', sign * Number(buffer))
    },

    string () {
        switch (c) {
        case '\\':
            read()
            buffer += escape()
            return

        case '"':
            if (doubleQuote) {
                read()
                return newToken('string', buffer)
            }

            buffer += read()
            return

        case "'":
            if (!doubleQuote) {
                read()
                return newToken('string', buffer)
            }

            buffer += read()
            return

        case '\n':
        case '\r':
            throw invalidChar(read())

        case '\u2028':
        case '\u2029':
            separatorChar(c)
            break

        case undefined:
            throw invalidChar(read())
        }

        buffer += read()
    },

    start () {
        switch (c) {
        case '{':
        case '[':
            return newToken('punctuator', read())

        // This code is unreachable since the default lexState handles eof.
        // case undefined:
        //     return newToken('eof')
        }

        lexState = 'value'
    },

    beforePropertyName () {
        switch (c) {
        case '$':
        case '_':
            buffer = read()
            lexState = 'identifierName'
            return

        case '\\':
            read()
            lexState = 'identifierNameStartEscape'
            return

        case '}':
            return newToken('punctuator', read())

        case '"':
        case "'":
            doubleQuote = (read() === '"')
            lexState = 'string'
            return
        }

        if (util.isIdStartChar(c)) {
            buffer += read()
            lexState = 'identifierName'
            return
        }

        throw invalidChar(read())
    },

    afterPropertyName () {
        if (c === ':') {
            return newToken('punctuator', read())
        }

        throw invalidChar(read())
    },

    beforePropertyValue () {
        lexState = 'value'
    },

    afterPropertyValue () {
        switch (c) {
        case ',':
        case '}':
            return newToken('punctuator', read())
        }

        throw invalidChar(read())
    },

    beforeArrayValue () {
        if (c === ']') {
            return newToken('punctuator', read())
        }

        lexState = 'value'
    },

    afterArrayValue () {
        switch (c) {
        case ',':
        case ']':
            return newToken('punctuator', read())
        }

        throw invalidChar(read())
    },

    end () {
        // This code is unreachable since it's handled by the default lexState.
        // if (c === undefined) {
        //     read()
        //     return newToken('eof')
        // }

        throw invalidChar(read())
    },
}

function newToken (type, value) {
    return {
        type,
        value,
        line,
        column,
    }
}

function literal (s) {
    for (const c of s) {
        const p = peek()

        if (p !== c) {
            throw invalidChar(read())
        }

        read()
    }
}

function escape () {
    const c = peek()
    switch (c) {
    case 'b':
        read()
        return '\b'

    case 'f':
        read()
        return '\f'

    case 'n':
        read()
        return '\n'

    case 'r':
        read()
        return '\r'

    case 't':
        read()
        return '\t'

    case 'v':
        read()
        return '\v'

    case '0':
        read()
        if (util.isDigit(peek())) {
            throw invalidChar(read())
        }

        return '\0'

    case 'x':
        read()
        return hexEscape()

    case 'u':
        read()
        return unicodeEscape()

    case '\n':
    case '\u2028':
    case '\u2029':
        read()
        return ''

    case '\r':
        read()
        if (peek() === '\n') {
            read()
        }

        return ''

    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
    case '8':
    case '9':
        throw invalidChar(read())

    case undefined:
        throw invalidChar(read())
    }

    return read()
}

function hexEscape () {
    let buffer = ''
    let c = peek()

    if (!util.isHexDigit(c)) {
        throw invalidChar(read())
    }

    buffer += read()

    c = peek()
    if (!util.isHexDigit(c)) {
        throw invalidChar(read())
    }

    buffer += read()

    return String.fromCodePoint(parseInt(buffer, 16))
}

function unicodeEscape () {
    let buffer = ''
    let count = 4

    while (count-- > 0) {
        const c = peek()
        if (!util.isHexDigit(c)) {
            throw invalidChar(read())
        }

        buffer += read()
    }

    return String.fromCodePoint(parseInt(buffer, 16))
}

const parseStates = {
    start () {
        if (token.type === 'eof') {
            throw invalidEOF()
        }

        push()
    },

    beforePropertyName () {
        switch (token.type) {
        case 'identifier':
        case 'string':
            key = token.value
            parseState = 'afterPropertyName'
            return

        case 'punctuator':
            // This code is unreachable since it's handled by the lexState.
            // if (token.value !== '}') {
            //     throw invalidToken()
            // }

            pop()
            return

        case 'eof':
            throw invalidEOF()
        }

        // This code is unreachable since it's handled by the lexState.
        // throw invalidToken()
    },

    afterPropertyName () {
        // This code is unreachable since it's handled by the lexState.
        // if (token.type !== 'punctuator' || token.value !== ':') {
        //     throw invalidToken()
        // }

        if (token.type === 'eof') {
            throw invalidEOF()
        }

        parseState = 'beforePropertyValue'
    },

    beforePropertyValue () {
        if (token.type === 'eof') {
            throw invalidEOF()
        }

        push()
    },

    beforeArrayValue () {
        if (token.type === 'eof') {
            throw invalidEOF()
        }

        if (token.type === 'punctuator' && token.value === ']') {
            pop()
            return
        }

        push()
    },

    afterPropertyValue () {
        // This code is unreachable since it's handled by the lexState.
        // if (token.type !== 'punctuator') {
        //     throw invalidToken()
        // }

        if (token.type === 'eof') {
            throw invalidEOF()
        }

        switch (token.value) {
        case ',':
            parseState = 'beforePropertyName'
            return

        case '}':
            pop()
        }

        // This code is unreachable since it's handled by the lexState.
        // throw invalidToken()
    },

    afterArrayValue () {
        // This code is unreachable since it's handled by the lexState.
        // if (token.type !== 'punctuator') {
        //     throw invalidToken()
        // }

        if (token.type === 'eof') {
            throw invalidEOF()
        }

        switch (token.value) {
        case ',':
            parseState = 'beforeArrayValue'
            return

        case ']':
            pop()
        }

        // This code is unreachable since it's handled by the lexState.
        // throw invalidToken()
    },

    end () {
        // This code is unreachable since it's handled by the lexState.
        // if (token.type !== 'eof') {
        //     throw invalidToken()
        // }
    },
}

function push () {
    let value

    switch (token.type) {
    case 'punctuator':
        switch (token.value) {
        case '{':
            value = {}
            break

        case '[':
            value = []
            break
        }

        break

    case 'null':
    case 'boolean':
    case 'numeric':
    case 'string':
        value = token.value
        break

    // This code is unreachable.
    // default:
    //     throw invalidToken()
    }

    if (root === undefined) {
        root = value
    } else {
        const parent = stack[stack.length - 1]
        if (Array.isArray(parent)) {
            parent.push(value)
        } else {
            Object.defineProperty(parent, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true,
            })
        }
    }

    if (value !== null && typeof value === 'object') {
        stack.push(value)

        if (Array.isArray(value)) {
            parseState = 'beforeArrayValue'
        } else {
            parseState = 'beforePropertyName'
        }
    } else {
        const current = stack[stack.length - 1]
        if (current == null) {
            parseState = 'end'
        } else if (Array.isArray(current)) {
            parseState = 'afterArrayValue'
        } else {
            parseState = 'afterPropertyValue'
        }
    }
}

function pop () {
    stack.pop()

    const current = stack[stack.length - 1]
    if (current == null) {
        parseState = 'end'
    } else if (Array.isArray(current)) {
        parseState = 'afterArrayValue'
    } else {
        parseState = 'afterPropertyValue'
    }
}

// This code is unreachable.
// function invalidParseState () {
//     return new Error(`JSON5: invalid parse state '${parseState}'`)
// }

// This code is unreachable.
// function invalidLexState (state) {
//     return new Error(`JSON5: invalid lex state '${state}'`)
// }

function invalidChar (c) {
    if (c === undefined) {
        return syntaxError(`JSON5: invalid end of input at ${line}:${column}`)
    }

    return syntaxError(`JSON5: invalid character '${formatChar(c)}' at ${line}:${column}`)
}

function invalidEOF () {
    return syntaxError(`JSON5: invalid end of input at ${line}:${column}`)
}

// This code is unreachable.
// function invalidToken () {
//     if (token.type === 'eof') {
//         return syntaxError(`JSON5: invalid end of input at ${line}:${column}`)
//     }

//     const c = String.fromCodePoint(token.value.codePointAt(0))
//     return syntaxError(`JSON5: invalid character '${formatChar(c)}' at ${line}:${column}`)
// }

function invalidIdentifier () {
    column -= 5
    return syntaxError(`JSON5: invalid identifier character at ${line}:${column}`)
}

function separatorChar (c) {
    console.warn(`JSON5: '${formatChar(c)}' in strings is not valid ECMAScript; consider escaping`)
}

function formatChar (c) {
    const replacements = {
        "'": "\\'",
        '"': '\\"',
        '\\': '\\\\',
        '\b': '\\b',
        '\f': '\\f',
        '\n': '\\n',
        '\r': '\\r',
        '\t': '\\t',
        '\v': '\\v',
        '\0': '\\0',
        '\u2028': '\\u2028',
        '\u2029': '\\u2029',
    }

    if (replacements[c]) {
        return replacements[c]
    }

    if (c < ' ') {
        const hexString = c.charCodeAt(0).toString(16)
        return '\\x' + ('00' + hexString).substring(hexString.length)
    }

    return c
}

function syntaxError (message) {
    const err = new SyntaxError(message)
    err.lineNumber = line
    err.columnNumber = column
    return err
}


/***/ }),

/***/ 568:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const util = __nccwpck_require__(393)

module.exports = function stringify (value, replacer, space) {
    const stack = []
    let indent = ''
    let propertyList
    let replacerFunc
    let gap = ''
    let quote

    if (
        replacer != null &&
        typeof replacer === 'object' &&
        !Array.isArray(replacer)
    ) {
        space = replacer.space
        quote = replacer.quote
        replacer = replacer.replacer
    }

    if (typeof replacer === 'function') {
        replacerFunc = replacer
    } else if (Array.isArray(replacer)) {
        propertyList = []
        for (const v of replacer) {
            let item

            if (typeof v === 'string') {
                item = v
            } else if (
                typeof v === 'number' ||
                v instanceof String ||
                v instanceof Number
            ) {
                item = String(v)
            }

            if (item !== undefined && propertyList.indexOf(item) < 0) {
                propertyList.push(item)
            }
        }
    }

    if (space instanceof Number) {
        space = Number(space)
    } else if (space instanceof String) {
        space = String(space)
    }

    if (typeof space === 'number') {
        if (space > 0) {
            space = Math.min(10, Math.floor(space))
            gap = '          '.substr(0, space)
        }
    } else if (typeof space === 'string') {
        gap = space.substr(0, 10)
    }

    return serializeProperty('', {'': value})

    function serializeProperty (key, holder) {
        let value = holder[key]
        if (value != null) {
            if (typeof value.toJSON5 === 'function') {
                value = value.toJSON5(key)
            } else if (typeof value.toJSON === 'function') {
                value = value.toJSON(key)
            }
        }

        if (replacerFunc) {
            value = replacerFunc.call(holder, key, value)
        }

        if (value instanceof Number) {
            value = Number(value)
        } else if (value instanceof String) {
            value = String(value)
        } else if (value instanceof Boolean) {
            value = value.valueOf()
        }

        switch (value) {
        case null: return 'null'
        case true: return 'true'
        case false: return 'false'
        }

        if (typeof value === 'string') {
            return quoteString(value, false)
        }

        if (typeof value === 'number') {
            return String(value)
        }

        if (typeof value === 'object') {
            return Array.isArray(value) ? serializeArray(value) : serializeObject(value)
        }

        return undefined
    }

    function quoteString (value) {
        const quotes = {
            "'": 0.1,
            '"': 0.2,
        }

        const replacements = {
            "'": "\\'",
            '"': '\\"',
            '\\': '\\\\',
            '\b': '\\b',
            '\f': '\\f',
            '\n': '\\n',
            '\r': '\\r',
            '\t': '\\t',
            '\v': '\\v',
            '\0': '\\0',
            '\u2028': '\\u2028',
            '\u2029': '\\u2029',
        }

        let product = ''

        for (let i = 0; i < value.length; i++) {
            const c = value[i]
            switch (c) {
            case "'":
            case '"':
                quotes[c]++
                product += c
                continue

            case '\0':
                if (util.isDigit(value[i + 1])) {
                    product += '\\x00'
                    continue
                }
            }

            if (replacements[c]) {
                product += replacements[c]
                continue
            }

            if (c < ' ') {
                let hexString = c.charCodeAt(0).toString(16)
                product += '\\x' + ('00' + hexString).substring(hexString.length)
                continue
            }

            product += c
        }

        const quoteChar = quote || Object.keys(quotes).reduce((a, b) => (quotes[a] < quotes[b]) ? a : b)

        product = product.replace(new RegExp(quoteChar, 'g'), replacements[quoteChar])

        return quoteChar + product + quoteChar
    }

    function serializeObject (value) {
        if (stack.indexOf(value) >= 0) {
            throw TypeError('Converting circular structure to JSON5')
        }

        stack.push(value)

        let stepback = indent
        indent = indent + gap

        let keys = propertyList || Object.keys(value)
        let partial = []
        for (const key of keys) {
            const propertyString = serializeProperty(key, value)
            if (propertyString !== undefined) {
                let member = serializeKey(key) + ':'
                if (gap !== '') {
                    member += ' '
                }
                member += propertyString
                partial.push(member)
            }
        }

        let final
        if (partial.length === 0) {
            final = '{}'
        } else {
            let properties
            if (gap === '') {
                properties = partial.join(',')
                final = '{' + properties + '}'
            } else {
                let separator = ',\n' + indent
                properties = partial.join(separator)
                final = '{\n' + indent + properties + ',\n' + stepback + '}'
            }
        }

        stack.pop()
        indent = stepback
        return final
    }

    function serializeKey (key) {
        if (key.length === 0) {
            return quoteString(key, true)
        }

        const firstChar = String.fromCodePoint(key.codePointAt(0))
        if (!util.isIdStartChar(firstChar)) {
            return quoteString(key, true)
        }

        for (let i = firstChar.length; i < key.length; i++) {
            if (!util.isIdContinueChar(String.fromCodePoint(key.codePointAt(i)))) {
                return quoteString(key, true)
            }
        }

        return key
    }

    function serializeArray (value) {
        if (stack.indexOf(value) >= 0) {
            throw TypeError('Converting circular structure to JSON5')
        }

        stack.push(value)

        let stepback = indent
        indent = indent + gap

        let partial = []
        for (let i = 0; i < value.length; i++) {
            const propertyString = serializeProperty(String(i), value)
            partial.push((propertyString !== undefined) ? propertyString : 'null')
        }

        let final
        if (partial.length === 0) {
            final = '[]'
        } else {
            if (gap === '') {
                let properties = partial.join(',')
                final = '[' + properties + ']'
            } else {
                let separator = ',\n' + indent
                let properties = partial.join(separator)
                final = '[\n' + indent + properties + ',\n' + stepback + ']'
            }
        }

        stack.pop()
        indent = stepback
        return final
    }
}


/***/ }),

/***/ 414:
/***/ ((module) => {

// This is a generated file. Do not edit.
module.exports.Space_Separator = /[\u1680\u2000-\u200A\u202F\u205F\u3000]/
module.exports.ID_Start = /[\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0370-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u048A-\u052F\u0531-\u0556\u0559\u0561-\u0587\u05D0-\u05EA\u05F0-\u05F2\u0620-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06E5\u06E6\u06EE\u06EF\u06FA-\u06FC\u06FF\u0710\u0712-\u072F\u074D-\u07A5\u07B1\u07CA-\u07EA\u07F4\u07F5\u07FA\u0800-\u0815\u081A\u0824\u0828\u0840-\u0858\u0860-\u086A\u08A0-\u08B4\u08B6-\u08BD\u0904-\u0939\u093D\u0950\u0958-\u0961\u0971-\u0980\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BD\u09CE\u09DC\u09DD\u09DF-\u09E1\u09F0\u09F1\u09FC\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A59-\u0A5C\u0A5E\u0A72-\u0A74\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABD\u0AD0\u0AE0\u0AE1\u0AF9\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3D\u0B5C\u0B5D\u0B5F-\u0B61\u0B71\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BD0\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D\u0C58-\u0C5A\u0C60\u0C61\u0C80\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBD\u0CDE\u0CE0\u0CE1\u0CF1\u0CF2\u0D05-\u0D0C\u0D0E-\u0D10\u0D12-\u0D3A\u0D3D\u0D4E\u0D54-\u0D56\u0D5F-\u0D61\u0D7A-\u0D7F\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0E01-\u0E30\u0E32\u0E33\u0E40-\u0E46\u0E81\u0E82\u0E84\u0E87\u0E88\u0E8A\u0E8D\u0E94-\u0E97\u0E99-\u0E9F\u0EA1-\u0EA3\u0EA5\u0EA7\u0EAA\u0EAB\u0EAD-\u0EB0\u0EB2\u0EB3\u0EBD\u0EC0-\u0EC4\u0EC6\u0EDC-\u0EDF\u0F00\u0F40-\u0F47\u0F49-\u0F6C\u0F88-\u0F8C\u1000-\u102A\u103F\u1050-\u1055\u105A-\u105D\u1061\u1065\u1066\u106E-\u1070\u1075-\u1081\u108E\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u170C\u170E-\u1711\u1720-\u1731\u1740-\u1751\u1760-\u176C\u176E-\u1770\u1780-\u17B3\u17D7\u17DC\u1820-\u1877\u1880-\u1884\u1887-\u18A8\u18AA\u18B0-\u18F5\u1900-\u191E\u1950-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u1A00-\u1A16\u1A20-\u1A54\u1AA7\u1B05-\u1B33\u1B45-\u1B4B\u1B83-\u1BA0\u1BAE\u1BAF\u1BBA-\u1BE5\u1C00-\u1C23\u1C4D-\u1C4F\u1C5A-\u1C7D\u1C80-\u1C88\u1CE9-\u1CEC\u1CEE-\u1CF1\u1CF5\u1CF6\u1D00-\u1DBF\u1E00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u2071\u207F\u2090-\u209C\u2102\u2107\u210A-\u2113\u2115\u2119-\u211D\u2124\u2126\u2128\u212A-\u212D\u212F-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2C2E\u2C30-\u2C5E\u2C60-\u2CE4\u2CEB-\u2CEE\u2CF2\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D80-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u2E2F\u3005-\u3007\u3021-\u3029\u3031-\u3035\u3038-\u303C\u3041-\u3096\u309D-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312E\u3131-\u318E\u31A0-\u31BA\u31F0-\u31FF\u3400-\u4DB5\u4E00-\u9FEA\uA000-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA61F\uA62A\uA62B\uA640-\uA66E\uA67F-\uA69D\uA6A0-\uA6EF\uA717-\uA71F\uA722-\uA788\uA78B-\uA7AE\uA7B0-\uA7B7\uA7F7-\uA801\uA803-\uA805\uA807-\uA80A\uA80C-\uA822\uA840-\uA873\uA882-\uA8B3\uA8F2-\uA8F7\uA8FB\uA8FD\uA90A-\uA925\uA930-\uA946\uA960-\uA97C\uA984-\uA9B2\uA9CF\uA9E0-\uA9E4\uA9E6-\uA9EF\uA9FA-\uA9FE\uAA00-\uAA28\uAA40-\uAA42\uAA44-\uAA4B\uAA60-\uAA76\uAA7A\uAA7E-\uAAAF\uAAB1\uAAB5\uAAB6\uAAB9-\uAABD\uAAC0\uAAC2\uAADB-\uAADD\uAAE0-\uAAEA\uAAF2-\uAAF4\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB65\uAB70-\uABE2\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D\uFB1F-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE70-\uFE74\uFE76-\uFEFC\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]|\uD800[\uDC00-\uDC0B\uDC0D-\uDC26\uDC28-\uDC3A\uDC3C\uDC3D\uDC3F-\uDC4D\uDC50-\uDC5D\uDC80-\uDCFA\uDD40-\uDD74\uDE80-\uDE9C\uDEA0-\uDED0\uDF00-\uDF1F\uDF2D-\uDF4A\uDF50-\uDF75\uDF80-\uDF9D\uDFA0-\uDFC3\uDFC8-\uDFCF\uDFD1-\uDFD5]|\uD801[\uDC00-\uDC9D\uDCB0-\uDCD3\uDCD8-\uDCFB\uDD00-\uDD27\uDD30-\uDD63\uDE00-\uDF36\uDF40-\uDF55\uDF60-\uDF67]|\uD802[\uDC00-\uDC05\uDC08\uDC0A-\uDC35\uDC37\uDC38\uDC3C\uDC3F-\uDC55\uDC60-\uDC76\uDC80-\uDC9E\uDCE0-\uDCF2\uDCF4\uDCF5\uDD00-\uDD15\uDD20-\uDD39\uDD80-\uDDB7\uDDBE\uDDBF\uDE00\uDE10-\uDE13\uDE15-\uDE17\uDE19-\uDE33\uDE60-\uDE7C\uDE80-\uDE9C\uDEC0-\uDEC7\uDEC9-\uDEE4\uDF00-\uDF35\uDF40-\uDF55\uDF60-\uDF72\uDF80-\uDF91]|\uD803[\uDC00-\uDC48\uDC80-\uDCB2\uDCC0-\uDCF2]|\uD804[\uDC03-\uDC37\uDC83-\uDCAF\uDCD0-\uDCE8\uDD03-\uDD26\uDD50-\uDD72\uDD76\uDD83-\uDDB2\uDDC1-\uDDC4\uDDDA\uDDDC\uDE00-\uDE11\uDE13-\uDE2B\uDE80-\uDE86\uDE88\uDE8A-\uDE8D\uDE8F-\uDE9D\uDE9F-\uDEA8\uDEB0-\uDEDE\uDF05-\uDF0C\uDF0F\uDF10\uDF13-\uDF28\uDF2A-\uDF30\uDF32\uDF33\uDF35-\uDF39\uDF3D\uDF50\uDF5D-\uDF61]|\uD805[\uDC00-\uDC34\uDC47-\uDC4A\uDC80-\uDCAF\uDCC4\uDCC5\uDCC7\uDD80-\uDDAE\uDDD8-\uDDDB\uDE00-\uDE2F\uDE44\uDE80-\uDEAA\uDF00-\uDF19]|\uD806[\uDCA0-\uDCDF\uDCFF\uDE00\uDE0B-\uDE32\uDE3A\uDE50\uDE5C-\uDE83\uDE86-\uDE89\uDEC0-\uDEF8]|\uD807[\uDC00-\uDC08\uDC0A-\uDC2E\uDC40\uDC72-\uDC8F\uDD00-\uDD06\uDD08\uDD09\uDD0B-\uDD30\uDD46]|\uD808[\uDC00-\uDF99]|\uD809[\uDC00-\uDC6E\uDC80-\uDD43]|[\uD80C\uD81C-\uD820\uD840-\uD868\uD86A-\uD86C\uD86F-\uD872\uD874-\uD879][\uDC00-\uDFFF]|\uD80D[\uDC00-\uDC2E]|\uD811[\uDC00-\uDE46]|\uD81A[\uDC00-\uDE38\uDE40-\uDE5E\uDED0-\uDEED\uDF00-\uDF2F\uDF40-\uDF43\uDF63-\uDF77\uDF7D-\uDF8F]|\uD81B[\uDF00-\uDF44\uDF50\uDF93-\uDF9F\uDFE0\uDFE1]|\uD821[\uDC00-\uDFEC]|\uD822[\uDC00-\uDEF2]|\uD82C[\uDC00-\uDD1E\uDD70-\uDEFB]|\uD82F[\uDC00-\uDC6A\uDC70-\uDC7C\uDC80-\uDC88\uDC90-\uDC99]|\uD835[\uDC00-\uDC54\uDC56-\uDC9C\uDC9E\uDC9F\uDCA2\uDCA5\uDCA6\uDCA9-\uDCAC\uDCAE-\uDCB9\uDCBB\uDCBD-\uDCC3\uDCC5-\uDD05\uDD07-\uDD0A\uDD0D-\uDD14\uDD16-\uDD1C\uDD1E-\uDD39\uDD3B-\uDD3E\uDD40-\uDD44\uDD46\uDD4A-\uDD50\uDD52-\uDEA5\uDEA8-\uDEC0\uDEC2-\uDEDA\uDEDC-\uDEFA\uDEFC-\uDF14\uDF16-\uDF34\uDF36-\uDF4E\uDF50-\uDF6E\uDF70-\uDF88\uDF8A-\uDFA8\uDFAA-\uDFC2\uDFC4-\uDFCB]|\uD83A[\uDC00-\uDCC4\uDD00-\uDD43]|\uD83B[\uDE00-\uDE03\uDE05-\uDE1F\uDE21\uDE22\uDE24\uDE27\uDE29-\uDE32\uDE34-\uDE37\uDE39\uDE3B\uDE42\uDE47\uDE49\uDE4B\uDE4D-\uDE4F\uDE51\uDE52\uDE54\uDE57\uDE59\uDE5B\uDE5D\uDE5F\uDE61\uDE62\uDE64\uDE67-\uDE6A\uDE6C-\uDE72\uDE74-\uDE77\uDE79-\uDE7C\uDE7E\uDE80-\uDE89\uDE8B-\uDE9B\uDEA1-\uDEA3\uDEA5-\uDEA9\uDEAB-\uDEBB]|\uD869[\uDC00-\uDED6\uDF00-\uDFFF]|\uD86D[\uDC00-\uDF34\uDF40-\uDFFF]|\uD86E[\uDC00-\uDC1D\uDC20-\uDFFF]|\uD873[\uDC00-\uDEA1\uDEB0-\uDFFF]|\uD87A[\uDC00-\uDFE0]|\uD87E[\uDC00-\uDE1D]/
module.exports.ID_Continue = /[\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0300-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u0483-\u0487\u048A-\u052F\u0531-\u0556\u0559\u0561-\u0587\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u05D0-\u05EA\u05F0-\u05F2\u0610-\u061A\u0620-\u0669\u066E-\u06D3\u06D5-\u06DC\u06DF-\u06E8\u06EA-\u06FC\u06FF\u0710-\u074A\u074D-\u07B1\u07C0-\u07F5\u07FA\u0800-\u082D\u0840-\u085B\u0860-\u086A\u08A0-\u08B4\u08B6-\u08BD\u08D4-\u08E1\u08E3-\u0963\u0966-\u096F\u0971-\u0983\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BC-\u09C4\u09C7\u09C8\u09CB-\u09CE\u09D7\u09DC\u09DD\u09DF-\u09E3\u09E6-\u09F1\u09FC\u0A01-\u0A03\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A3C\u0A3E-\u0A42\u0A47\u0A48\u0A4B-\u0A4D\u0A51\u0A59-\u0A5C\u0A5E\u0A66-\u0A75\u0A81-\u0A83\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABC-\u0AC5\u0AC7-\u0AC9\u0ACB-\u0ACD\u0AD0\u0AE0-\u0AE3\u0AE6-\u0AEF\u0AF9-\u0AFF\u0B01-\u0B03\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3C-\u0B44\u0B47\u0B48\u0B4B-\u0B4D\u0B56\u0B57\u0B5C\u0B5D\u0B5F-\u0B63\u0B66-\u0B6F\u0B71\u0B82\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BBE-\u0BC2\u0BC6-\u0BC8\u0BCA-\u0BCD\u0BD0\u0BD7\u0BE6-\u0BEF\u0C00-\u0C03\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D-\u0C44\u0C46-\u0C48\u0C4A-\u0C4D\u0C55\u0C56\u0C58-\u0C5A\u0C60-\u0C63\u0C66-\u0C6F\u0C80-\u0C83\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBC-\u0CC4\u0CC6-\u0CC8\u0CCA-\u0CCD\u0CD5\u0CD6\u0CDE\u0CE0-\u0CE3\u0CE6-\u0CEF\u0CF1\u0CF2\u0D00-\u0D03\u0D05-\u0D0C\u0D0E-\u0D10\u0D12-\u0D44\u0D46-\u0D48\u0D4A-\u0D4E\u0D54-\u0D57\u0D5F-\u0D63\u0D66-\u0D6F\u0D7A-\u0D7F\u0D82\u0D83\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0DCA\u0DCF-\u0DD4\u0DD6\u0DD8-\u0DDF\u0DE6-\u0DEF\u0DF2\u0DF3\u0E01-\u0E3A\u0E40-\u0E4E\u0E50-\u0E59\u0E81\u0E82\u0E84\u0E87\u0E88\u0E8A\u0E8D\u0E94-\u0E97\u0E99-\u0E9F\u0EA1-\u0EA3\u0EA5\u0EA7\u0EAA\u0EAB\u0EAD-\u0EB9\u0EBB-\u0EBD\u0EC0-\u0EC4\u0EC6\u0EC8-\u0ECD\u0ED0-\u0ED9\u0EDC-\u0EDF\u0F00\u0F18\u0F19\u0F20-\u0F29\u0F35\u0F37\u0F39\u0F3E-\u0F47\u0F49-\u0F6C\u0F71-\u0F84\u0F86-\u0F97\u0F99-\u0FBC\u0FC6\u1000-\u1049\u1050-\u109D\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u135D-\u135F\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u170C\u170E-\u1714\u1720-\u1734\u1740-\u1753\u1760-\u176C\u176E-\u1770\u1772\u1773\u1780-\u17D3\u17D7\u17DC\u17DD\u17E0-\u17E9\u180B-\u180D\u1810-\u1819\u1820-\u1877\u1880-\u18AA\u18B0-\u18F5\u1900-\u191E\u1920-\u192B\u1930-\u193B\u1946-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u19D0-\u19D9\u1A00-\u1A1B\u1A20-\u1A5E\u1A60-\u1A7C\u1A7F-\u1A89\u1A90-\u1A99\u1AA7\u1AB0-\u1ABD\u1B00-\u1B4B\u1B50-\u1B59\u1B6B-\u1B73\u1B80-\u1BF3\u1C00-\u1C37\u1C40-\u1C49\u1C4D-\u1C7D\u1C80-\u1C88\u1CD0-\u1CD2\u1CD4-\u1CF9\u1D00-\u1DF9\u1DFB-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u203F\u2040\u2054\u2071\u207F\u2090-\u209C\u20D0-\u20DC\u20E1\u20E5-\u20F0\u2102\u2107\u210A-\u2113\u2115\u2119-\u211D\u2124\u2126\u2128\u212A-\u212D\u212F-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2C2E\u2C30-\u2C5E\u2C60-\u2CE4\u2CEB-\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D7F-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u2DE0-\u2DFF\u2E2F\u3005-\u3007\u3021-\u302F\u3031-\u3035\u3038-\u303C\u3041-\u3096\u3099\u309A\u309D-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312E\u3131-\u318E\u31A0-\u31BA\u31F0-\u31FF\u3400-\u4DB5\u4E00-\u9FEA\uA000-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA62B\uA640-\uA66F\uA674-\uA67D\uA67F-\uA6F1\uA717-\uA71F\uA722-\uA788\uA78B-\uA7AE\uA7B0-\uA7B7\uA7F7-\uA827\uA840-\uA873\uA880-\uA8C5\uA8D0-\uA8D9\uA8E0-\uA8F7\uA8FB\uA8FD\uA900-\uA92D\uA930-\uA953\uA960-\uA97C\uA980-\uA9C0\uA9CF-\uA9D9\uA9E0-\uA9FE\uAA00-\uAA36\uAA40-\uAA4D\uAA50-\uAA59\uAA60-\uAA76\uAA7A-\uAAC2\uAADB-\uAADD\uAAE0-\uAAEF\uAAF2-\uAAF6\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB65\uAB70-\uABEA\uABEC\uABED\uABF0-\uABF9\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE00-\uFE0F\uFE20-\uFE2F\uFE33\uFE34\uFE4D-\uFE4F\uFE70-\uFE74\uFE76-\uFEFC\uFF10-\uFF19\uFF21-\uFF3A\uFF3F\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]|\uD800[\uDC00-\uDC0B\uDC0D-\uDC26\uDC28-\uDC3A\uDC3C\uDC3D\uDC3F-\uDC4D\uDC50-\uDC5D\uDC80-\uDCFA\uDD40-\uDD74\uDDFD\uDE80-\uDE9C\uDEA0-\uDED0\uDEE0\uDF00-\uDF1F\uDF2D-\uDF4A\uDF50-\uDF7A\uDF80-\uDF9D\uDFA0-\uDFC3\uDFC8-\uDFCF\uDFD1-\uDFD5]|\uD801[\uDC00-\uDC9D\uDCA0-\uDCA9\uDCB0-\uDCD3\uDCD8-\uDCFB\uDD00-\uDD27\uDD30-\uDD63\uDE00-\uDF36\uDF40-\uDF55\uDF60-\uDF67]|\uD802[\uDC00-\uDC05\uDC08\uDC0A-\uDC35\uDC37\uDC38\uDC3C\uDC3F-\uDC55\uDC60-\uDC76\uDC80-\uDC9E\uDCE0-\uDCF2\uDCF4\uDCF5\uDD00-\uDD15\uDD20-\uDD39\uDD80-\uDDB7\uDDBE\uDDBF\uDE00-\uDE03\uDE05\uDE06\uDE0C-\uDE13\uDE15-\uDE17\uDE19-\uDE33\uDE38-\uDE3A\uDE3F\uDE60-\uDE7C\uDE80-\uDE9C\uDEC0-\uDEC7\uDEC9-\uDEE6\uDF00-\uDF35\uDF40-\uDF55\uDF60-\uDF72\uDF80-\uDF91]|\uD803[\uDC00-\uDC48\uDC80-\uDCB2\uDCC0-\uDCF2]|\uD804[\uDC00-\uDC46\uDC66-\uDC6F\uDC7F-\uDCBA\uDCD0-\uDCE8\uDCF0-\uDCF9\uDD00-\uDD34\uDD36-\uDD3F\uDD50-\uDD73\uDD76\uDD80-\uDDC4\uDDCA-\uDDCC\uDDD0-\uDDDA\uDDDC\uDE00-\uDE11\uDE13-\uDE37\uDE3E\uDE80-\uDE86\uDE88\uDE8A-\uDE8D\uDE8F-\uDE9D\uDE9F-\uDEA8\uDEB0-\uDEEA\uDEF0-\uDEF9\uDF00-\uDF03\uDF05-\uDF0C\uDF0F\uDF10\uDF13-\uDF28\uDF2A-\uDF30\uDF32\uDF33\uDF35-\uDF39\uDF3C-\uDF44\uDF47\uDF48\uDF4B-\uDF4D\uDF50\uDF57\uDF5D-\uDF63\uDF66-\uDF6C\uDF70-\uDF74]|\uD805[\uDC00-\uDC4A\uDC50-\uDC59\uDC80-\uDCC5\uDCC7\uDCD0-\uDCD9\uDD80-\uDDB5\uDDB8-\uDDC0\uDDD8-\uDDDD\uDE00-\uDE40\uDE44\uDE50-\uDE59\uDE80-\uDEB7\uDEC0-\uDEC9\uDF00-\uDF19\uDF1D-\uDF2B\uDF30-\uDF39]|\uD806[\uDCA0-\uDCE9\uDCFF\uDE00-\uDE3E\uDE47\uDE50-\uDE83\uDE86-\uDE99\uDEC0-\uDEF8]|\uD807[\uDC00-\uDC08\uDC0A-\uDC36\uDC38-\uDC40\uDC50-\uDC59\uDC72-\uDC8F\uDC92-\uDCA7\uDCA9-\uDCB6\uDD00-\uDD06\uDD08\uDD09\uDD0B-\uDD36\uDD3A\uDD3C\uDD3D\uDD3F-\uDD47\uDD50-\uDD59]|\uD808[\uDC00-\uDF99]|\uD809[\uDC00-\uDC6E\uDC80-\uDD43]|[\uD80C\uD81C-\uD820\uD840-\uD868\uD86A-\uD86C\uD86F-\uD872\uD874-\uD879][\uDC00-\uDFFF]|\uD80D[\uDC00-\uDC2E]|\uD811[\uDC00-\uDE46]|\uD81A[\uDC00-\uDE38\uDE40-\uDE5E\uDE60-\uDE69\uDED0-\uDEED\uDEF0-\uDEF4\uDF00-\uDF36\uDF40-\uDF43\uDF50-\uDF59\uDF63-\uDF77\uDF7D-\uDF8F]|\uD81B[\uDF00-\uDF44\uDF50-\uDF7E\uDF8F-\uDF9F\uDFE0\uDFE1]|\uD821[\uDC00-\uDFEC]|\uD822[\uDC00-\uDEF2]|\uD82C[\uDC00-\uDD1E\uDD70-\uDEFB]|\uD82F[\uDC00-\uDC6A\uDC70-\uDC7C\uDC80-\uDC88\uDC90-\uDC99\uDC9D\uDC9E]|\uD834[\uDD65-\uDD69\uDD6D-\uDD72\uDD7B-\uDD82\uDD85-\uDD8B\uDDAA-\uDDAD\uDE42-\uDE44]|\uD835[\uDC00-\uDC54\uDC56-\uDC9C\uDC9E\uDC9F\uDCA2\uDCA5\uDCA6\uDCA9-\uDCAC\uDCAE-\uDCB9\uDCBB\uDCBD-\uDCC3\uDCC5-\uDD05\uDD07-\uDD0A\uDD0D-\uDD14\uDD16-\uDD1C\uDD1E-\uDD39\uDD3B-\uDD3E\uDD40-\uDD44\uDD46\uDD4A-\uDD50\uDD52-\uDEA5\uDEA8-\uDEC0\uDEC2-\uDEDA\uDEDC-\uDEFA\uDEFC-\uDF14\uDF16-\uDF34\uDF36-\uDF4E\uDF50-\uDF6E\uDF70-\uDF88\uDF8A-\uDFA8\uDFAA-\uDFC2\uDFC4-\uDFCB\uDFCE-\uDFFF]|\uD836[\uDE00-\uDE36\uDE3B-\uDE6C\uDE75\uDE84\uDE9B-\uDE9F\uDEA1-\uDEAF]|\uD838[\uDC00-\uDC06\uDC08-\uDC18\uDC1B-\uDC21\uDC23\uDC24\uDC26-\uDC2A]|\uD83A[\uDC00-\uDCC4\uDCD0-\uDCD6\uDD00-\uDD4A\uDD50-\uDD59]|\uD83B[\uDE00-\uDE03\uDE05-\uDE1F\uDE21\uDE22\uDE24\uDE27\uDE29-\uDE32\uDE34-\uDE37\uDE39\uDE3B\uDE42\uDE47\uDE49\uDE4B\uDE4D-\uDE4F\uDE51\uDE52\uDE54\uDE57\uDE59\uDE5B\uDE5D\uDE5F\uDE61\uDE62\uDE64\uDE67-\uDE6A\uDE6C-\uDE72\uDE74-\uDE77\uDE79-\uDE7C\uDE7E\uDE80-\uDE89\uDE8B-\uDE9B\uDEA1-\uDEA3\uDEA5-\uDEA9\uDEAB-\uDEBB]|\uD869[\uDC00-\uDED6\uDF00-\uDFFF]|\uD86D[\uDC00-\uDF34\uDF40-\uDFFF]|\uD86E[\uDC00-\uDC1D\uDC20-\uDFFF]|\uD873[\uDC00-\uDEA1\uDEB0-\uDFFF]|\uD87A[\uDC00-\uDFE0]|\uD87E[\uDC00-\uDE1D]|\uDB40[\uDD00-\uDDEF]/


/***/ }),

/***/ 393:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const unicode = __nccwpck_require__(414)

module.exports = {
    isSpaceSeparator (c) {
        return typeof c === 'string' && unicode.Space_Separator.test(c)
    },

    isIdStartChar (c) {
        return typeof c === 'string' && (
            (c >= 'a' && c <= 'z') ||
        (c >= 'A' && c <= 'Z') ||
        (c === '$') || (c === '_') ||
        unicode.ID_Start.test(c)
        )
    },

    isIdContinueChar (c) {
        return typeof c === 'string' && (
            (c >= 'a' && c <= 'z') ||
        (c >= 'A' && c <= 'Z') ||
        (c >= '0' && c <= '9') ||
        (c === '$') || (c === '_') ||
        (c === '\u200C') || (c === '\u200D') ||
        unicode.ID_Continue.test(c)
        )
    },

    isDigit (c) {
        return typeof c === 'string' && /[0-9]/.test(c)
    },

    isHexDigit (c) {
        return typeof c === 'string' && /[0-9A-Fa-f]/.test(c)
    },
}


/***/ }),

/***/ 807:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./format", "./parser"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.isWS = exports.applyEdit = exports.setProperty = exports.removeProperty = void 0;
    const format_1 = __nccwpck_require__(612);
    const parser_1 = __nccwpck_require__(152);
    function removeProperty(text, path, options) {
        return setProperty(text, path, void 0, options);
    }
    exports.removeProperty = removeProperty;
    function setProperty(text, originalPath, value, options) {
        const path = originalPath.slice();
        const errors = [];
        const root = (0, parser_1.parseTree)(text, errors);
        let parent = void 0;
        let lastSegment = void 0;
        while (path.length > 0) {
            lastSegment = path.pop();
            parent = (0, parser_1.findNodeAtLocation)(root, path);
            if (parent === void 0 && value !== void 0) {
                if (typeof lastSegment === 'string') {
                    value = { [lastSegment]: value };
                }
                else {
                    value = [value];
                }
            }
            else {
                break;
            }
        }
        if (!parent) {
            // empty document
            if (value === void 0) { // delete
                throw new Error('Can not delete in empty document');
            }
            return withFormatting(text, { offset: root ? root.offset : 0, length: root ? root.length : 0, content: JSON.stringify(value) }, options);
        }
        else if (parent.type === 'object' && typeof lastSegment === 'string' && Array.isArray(parent.children)) {
            const existing = (0, parser_1.findNodeAtLocation)(parent, [lastSegment]);
            if (existing !== void 0) {
                if (value === void 0) { // delete
                    if (!existing.parent) {
                        throw new Error('Malformed AST');
                    }
                    const propertyIndex = parent.children.indexOf(existing.parent);
                    let removeBegin;
                    let removeEnd = existing.parent.offset + existing.parent.length;
                    if (propertyIndex > 0) {
                        // remove the comma of the previous node
                        let previous = parent.children[propertyIndex - 1];
                        removeBegin = previous.offset + previous.length;
                    }
                    else {
                        removeBegin = parent.offset + 1;
                        if (parent.children.length > 1) {
                            // remove the comma of the next node
                            let next = parent.children[1];
                            removeEnd = next.offset;
                        }
                    }
                    return withFormatting(text, { offset: removeBegin, length: removeEnd - removeBegin, content: '' }, options);
                }
                else {
                    // set value of existing property
                    return withFormatting(text, { offset: existing.offset, length: existing.length, content: JSON.stringify(value) }, options);
                }
            }
            else {
                if (value === void 0) { // delete
                    return []; // property does not exist, nothing to do
                }
                const newProperty = `${JSON.stringify(lastSegment)}: ${JSON.stringify(value)}`;
                const index = options.getInsertionIndex ? options.getInsertionIndex(parent.children.map(p => p.children[0].value)) : parent.children.length;
                let edit;
                if (index > 0) {
                    let previous = parent.children[index - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                else if (parent.children.length === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty };
                }
                else {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty + ',' };
                }
                return withFormatting(text, edit, options);
            }
        }
        else if (parent.type === 'array' && typeof lastSegment === 'number' && Array.isArray(parent.children)) {
            const insertIndex = lastSegment;
            if (insertIndex === -1) {
                // Insert
                const newProperty = `${JSON.stringify(value)}`;
                let edit;
                if (parent.children.length === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty };
                }
                else {
                    const previous = parent.children[parent.children.length - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                return withFormatting(text, edit, options);
            }
            else if (value === void 0 && parent.children.length >= 0) {
                // Removal
                const removalIndex = lastSegment;
                const toRemove = parent.children[removalIndex];
                let edit;
                if (parent.children.length === 1) {
                    // only item
                    edit = { offset: parent.offset + 1, length: parent.length - 2, content: '' };
                }
                else if (parent.children.length - 1 === removalIndex) {
                    // last item
                    let previous = parent.children[removalIndex - 1];
                    let offset = previous.offset + previous.length;
                    let parentEndOffset = parent.offset + parent.length;
                    edit = { offset, length: parentEndOffset - 2 - offset, content: '' };
                }
                else {
                    edit = { offset: toRemove.offset, length: parent.children[removalIndex + 1].offset - toRemove.offset, content: '' };
                }
                return withFormatting(text, edit, options);
            }
            else if (value !== void 0) {
                let edit;
                const newProperty = `${JSON.stringify(value)}`;
                if (!options.isArrayInsertion && parent.children.length > lastSegment) {
                    const toModify = parent.children[lastSegment];
                    edit = { offset: toModify.offset, length: toModify.length, content: newProperty };
                }
                else if (parent.children.length === 0 || lastSegment === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: parent.children.length === 0 ? newProperty : newProperty + ',' };
                }
                else {
                    const index = lastSegment > parent.children.length ? parent.children.length : lastSegment;
                    const previous = parent.children[index - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                return withFormatting(text, edit, options);
            }
            else {
                throw new Error(`Can not ${value === void 0 ? 'remove' : (options.isArrayInsertion ? 'insert' : 'modify')} Array index ${insertIndex} as length is not sufficient`);
            }
        }
        else {
            throw new Error(`Can not add ${typeof lastSegment !== 'number' ? 'index' : 'property'} to parent of type ${parent.type}`);
        }
    }
    exports.setProperty = setProperty;
    function withFormatting(text, edit, options) {
        if (!options.formattingOptions) {
            return [edit];
        }
        // apply the edit
        let newText = applyEdit(text, edit);
        // format the new text
        let begin = edit.offset;
        let end = edit.offset + edit.content.length;
        if (edit.length === 0 || edit.content.length === 0) { // insert or remove
            while (begin > 0 && !(0, format_1.isEOL)(newText, begin - 1)) {
                begin--;
            }
            while (end < newText.length && !(0, format_1.isEOL)(newText, end)) {
                end++;
            }
        }
        const edits = (0, format_1.format)(newText, { offset: begin, length: end - begin }, { ...options.formattingOptions, keepLines: false });
        // apply the formatting edits and track the begin and end offsets of the changes
        for (let i = edits.length - 1; i >= 0; i--) {
            const edit = edits[i];
            newText = applyEdit(newText, edit);
            begin = Math.min(begin, edit.offset);
            end = Math.max(end, edit.offset + edit.length);
            end += edit.content.length - edit.length;
        }
        // create a single edit with all changes
        const editLength = text.length - (newText.length - end) - begin;
        return [{ offset: begin, length: editLength, content: newText.substring(begin, end) }];
    }
    function applyEdit(text, edit) {
        return text.substring(0, edit.offset) + edit.content + text.substring(edit.offset + edit.length);
    }
    exports.applyEdit = applyEdit;
    function isWS(text, offset) {
        return '\r\n \t'.indexOf(text.charAt(offset)) !== -1;
    }
    exports.isWS = isWS;
});


/***/ }),

/***/ 612:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./scanner", "./string-intern"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.isEOL = exports.format = void 0;
    const scanner_1 = __nccwpck_require__(525);
    const string_intern_1 = __nccwpck_require__(579);
    function format(documentText, range, options) {
        let initialIndentLevel;
        let formatText;
        let formatTextStart;
        let rangeStart;
        let rangeEnd;
        if (range) {
            rangeStart = range.offset;
            rangeEnd = rangeStart + range.length;
            formatTextStart = rangeStart;
            while (formatTextStart > 0 && !isEOL(documentText, formatTextStart - 1)) {
                formatTextStart--;
            }
            let endOffset = rangeEnd;
            while (endOffset < documentText.length && !isEOL(documentText, endOffset)) {
                endOffset++;
            }
            formatText = documentText.substring(formatTextStart, endOffset);
            initialIndentLevel = computeIndentLevel(formatText, options);
        }
        else {
            formatText = documentText;
            initialIndentLevel = 0;
            formatTextStart = 0;
            rangeStart = 0;
            rangeEnd = documentText.length;
        }
        const eol = getEOL(options, documentText);
        const eolFastPathSupported = string_intern_1.supportedEols.includes(eol);
        let numberLineBreaks = 0;
        let indentLevel = 0;
        let indentValue;
        if (options.insertSpaces) {
            indentValue = string_intern_1.cachedSpaces[options.tabSize || 4] ?? repeat(string_intern_1.cachedSpaces[1], options.tabSize || 4);
        }
        else {
            indentValue = '\t';
        }
        const indentType = indentValue === '\t' ? '\t' : ' ';
        let scanner = (0, scanner_1.createScanner)(formatText, false);
        let hasError = false;
        function newLinesAndIndent() {
            if (numberLineBreaks > 1) {
                return repeat(eol, numberLineBreaks) + repeat(indentValue, initialIndentLevel + indentLevel);
            }
            const amountOfSpaces = indentValue.length * (initialIndentLevel + indentLevel);
            if (!eolFastPathSupported || amountOfSpaces > string_intern_1.cachedBreakLinesWithSpaces[indentType][eol].length) {
                return eol + repeat(indentValue, initialIndentLevel + indentLevel);
            }
            if (amountOfSpaces <= 0) {
                return eol;
            }
            return string_intern_1.cachedBreakLinesWithSpaces[indentType][eol][amountOfSpaces];
        }
        function scanNext() {
            let token = scanner.scan();
            numberLineBreaks = 0;
            while (token === 15 /* SyntaxKind.Trivia */ || token === 14 /* SyntaxKind.LineBreakTrivia */) {
                if (token === 14 /* SyntaxKind.LineBreakTrivia */ && options.keepLines) {
                    numberLineBreaks += 1;
                }
                else if (token === 14 /* SyntaxKind.LineBreakTrivia */) {
                    numberLineBreaks = 1;
                }
                token = scanner.scan();
            }
            hasError = token === 16 /* SyntaxKind.Unknown */ || scanner.getTokenError() !== 0 /* ScanError.None */;
            return token;
        }
        const editOperations = [];
        function addEdit(text, startOffset, endOffset) {
            if (!hasError && (!range || (startOffset < rangeEnd && endOffset > rangeStart)) && documentText.substring(startOffset, endOffset) !== text) {
                editOperations.push({ offset: startOffset, length: endOffset - startOffset, content: text });
            }
        }
        let firstToken = scanNext();
        if (options.keepLines && numberLineBreaks > 0) {
            addEdit(repeat(eol, numberLineBreaks), 0, 0);
        }
        if (firstToken !== 17 /* SyntaxKind.EOF */) {
            let firstTokenStart = scanner.getTokenOffset() + formatTextStart;
            let initialIndent = (indentValue.length * initialIndentLevel < 20) && options.insertSpaces
                ? string_intern_1.cachedSpaces[indentValue.length * initialIndentLevel]
                : repeat(indentValue, initialIndentLevel);
            addEdit(initialIndent, formatTextStart, firstTokenStart);
        }
        while (firstToken !== 17 /* SyntaxKind.EOF */) {
            let firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
            let secondToken = scanNext();
            let replaceContent = '';
            let needsLineBreak = false;
            while (numberLineBreaks === 0 && (secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */)) {
                let commentTokenStart = scanner.getTokenOffset() + formatTextStart;
                addEdit(string_intern_1.cachedSpaces[1], firstTokenEnd, commentTokenStart);
                firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
                needsLineBreak = secondToken === 12 /* SyntaxKind.LineCommentTrivia */;
                replaceContent = needsLineBreak ? newLinesAndIndent() : '';
                secondToken = scanNext();
            }
            if (secondToken === 2 /* SyntaxKind.CloseBraceToken */) {
                if (firstToken !== 1 /* SyntaxKind.OpenBraceToken */) {
                    indentLevel--;
                }
                ;
                if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 1 /* SyntaxKind.OpenBraceToken */) {
                    replaceContent = newLinesAndIndent();
                }
                else if (options.keepLines) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                }
            }
            else if (secondToken === 4 /* SyntaxKind.CloseBracketToken */) {
                if (firstToken !== 3 /* SyntaxKind.OpenBracketToken */) {
                    indentLevel--;
                }
                ;
                if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 3 /* SyntaxKind.OpenBracketToken */) {
                    replaceContent = newLinesAndIndent();
                }
                else if (options.keepLines) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                }
            }
            else {
                switch (firstToken) {
                    case 3 /* SyntaxKind.OpenBracketToken */:
                    case 1 /* SyntaxKind.OpenBraceToken */:
                        indentLevel++;
                        if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 5 /* SyntaxKind.CommaToken */:
                        if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 12 /* SyntaxKind.LineCommentTrivia */:
                        replaceContent = newLinesAndIndent();
                        break;
                    case 13 /* SyntaxKind.BlockCommentTrivia */:
                        if (numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (!needsLineBreak) {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 6 /* SyntaxKind.ColonToken */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (!needsLineBreak) {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 10 /* SyntaxKind.StringLiteral */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (secondToken === 6 /* SyntaxKind.ColonToken */ && !needsLineBreak) {
                            replaceContent = '';
                        }
                        break;
                    case 7 /* SyntaxKind.NullKeyword */:
                    case 8 /* SyntaxKind.TrueKeyword */:
                    case 9 /* SyntaxKind.FalseKeyword */:
                    case 11 /* SyntaxKind.NumericLiteral */:
                    case 2 /* SyntaxKind.CloseBraceToken */:
                    case 4 /* SyntaxKind.CloseBracketToken */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            if ((secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */) && !needsLineBreak) {
                                replaceContent = string_intern_1.cachedSpaces[1];
                            }
                            else if (secondToken !== 5 /* SyntaxKind.CommaToken */ && secondToken !== 17 /* SyntaxKind.EOF */) {
                                hasError = true;
                            }
                        }
                        break;
                    case 16 /* SyntaxKind.Unknown */:
                        hasError = true;
                        break;
                }
                if (numberLineBreaks > 0 && (secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */)) {
                    replaceContent = newLinesAndIndent();
                }
            }
            if (secondToken === 17 /* SyntaxKind.EOF */) {
                if (options.keepLines && numberLineBreaks > 0) {
                    replaceContent = newLinesAndIndent();
                }
                else {
                    replaceContent = options.insertFinalNewline ? eol : '';
                }
            }
            const secondTokenStart = scanner.getTokenOffset() + formatTextStart;
            addEdit(replaceContent, firstTokenEnd, secondTokenStart);
            firstToken = secondToken;
        }
        return editOperations;
    }
    exports.format = format;
    function repeat(s, count) {
        let result = '';
        for (let i = 0; i < count; i++) {
            result += s;
        }
        return result;
    }
    function computeIndentLevel(content, options) {
        let i = 0;
        let nChars = 0;
        const tabSize = options.tabSize || 4;
        while (i < content.length) {
            let ch = content.charAt(i);
            if (ch === string_intern_1.cachedSpaces[1]) {
                nChars++;
            }
            else if (ch === '\t') {
                nChars += tabSize;
            }
            else {
                break;
            }
            i++;
        }
        return Math.floor(nChars / tabSize);
    }
    function getEOL(options, text) {
        for (let i = 0; i < text.length; i++) {
            const ch = text.charAt(i);
            if (ch === '\r') {
                if (i + 1 < text.length && text.charAt(i + 1) === '\n') {
                    return '\r\n';
                }
                return '\r';
            }
            else if (ch === '\n') {
                return '\n';
            }
        }
        return (options && options.eol) || '\n';
    }
    function isEOL(text, offset) {
        return '\r\n'.indexOf(text.charAt(offset)) !== -1;
    }
    exports.isEOL = isEOL;
});


/***/ }),

/***/ 152:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./scanner"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.getNodeType = exports.stripComments = exports.visit = exports.findNodeAtOffset = exports.contains = exports.getNodeValue = exports.getNodePath = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = void 0;
    const scanner_1 = __nccwpck_require__(525);
    var ParseOptions;
    (function (ParseOptions) {
        ParseOptions.DEFAULT = {
            allowTrailingComma: false
        };
    })(ParseOptions || (ParseOptions = {}));
    /**
     * For a given offset, evaluate the location in the JSON document. Each segment in the location path is either a property name or an array index.
     */
    function getLocation(text, position) {
        const segments = []; // strings or numbers
        const earlyReturnException = new Object();
        let previousNode = undefined;
        const previousNodeInst = {
            value: {},
            offset: 0,
            length: 0,
            type: 'object',
            parent: undefined
        };
        let isAtPropertyKey = false;
        function setPreviousNode(value, offset, length, type) {
            previousNodeInst.value = value;
            previousNodeInst.offset = offset;
            previousNodeInst.length = length;
            previousNodeInst.type = type;
            previousNodeInst.colonOffset = undefined;
            previousNode = previousNodeInst;
        }
        try {
            visit(text, {
                onObjectBegin: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    isAtPropertyKey = position > offset;
                    segments.push(''); // push a placeholder (will be replaced)
                },
                onObjectProperty: (name, offset, length) => {
                    if (position < offset) {
                        throw earlyReturnException;
                    }
                    setPreviousNode(name, offset, length, 'property');
                    segments[segments.length - 1] = name;
                    if (position <= offset + length) {
                        throw earlyReturnException;
                    }
                },
                onObjectEnd: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.pop();
                },
                onArrayBegin: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.push(0);
                },
                onArrayEnd: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.pop();
                },
                onLiteralValue: (value, offset, length) => {
                    if (position < offset) {
                        throw earlyReturnException;
                    }
                    setPreviousNode(value, offset, length, getNodeType(value));
                    if (position <= offset + length) {
                        throw earlyReturnException;
                    }
                },
                onSeparator: (sep, offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    if (sep === ':' && previousNode && previousNode.type === 'property') {
                        previousNode.colonOffset = offset;
                        isAtPropertyKey = false;
                        previousNode = undefined;
                    }
                    else if (sep === ',') {
                        const last = segments[segments.length - 1];
                        if (typeof last === 'number') {
                            segments[segments.length - 1] = last + 1;
                        }
                        else {
                            isAtPropertyKey = true;
                            segments[segments.length - 1] = '';
                        }
                        previousNode = undefined;
                    }
                }
            });
        }
        catch (e) {
            if (e !== earlyReturnException) {
                throw e;
            }
        }
        return {
            path: segments,
            previousNode,
            isAtPropertyKey,
            matches: (pattern) => {
                let k = 0;
                for (let i = 0; k < pattern.length && i < segments.length; i++) {
                    if (pattern[k] === segments[i] || pattern[k] === '*') {
                        k++;
                    }
                    else if (pattern[k] !== '**') {
                        return false;
                    }
                }
                return k === pattern.length;
            }
        };
    }
    exports.getLocation = getLocation;
    /**
     * Parses the given text and returns the object the JSON content represents. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     * Therefore always check the errors list to find out if the input was valid.
     */
    function parse(text, errors = [], options = ParseOptions.DEFAULT) {
        let currentProperty = null;
        let currentParent = [];
        const previousParents = [];
        function onValue(value) {
            if (Array.isArray(currentParent)) {
                currentParent.push(value);
            }
            else if (currentProperty !== null) {
                currentParent[currentProperty] = value;
            }
        }
        const visitor = {
            onObjectBegin: () => {
                const object = {};
                onValue(object);
                previousParents.push(currentParent);
                currentParent = object;
                currentProperty = null;
            },
            onObjectProperty: (name) => {
                currentProperty = name;
            },
            onObjectEnd: () => {
                currentParent = previousParents.pop();
            },
            onArrayBegin: () => {
                const array = [];
                onValue(array);
                previousParents.push(currentParent);
                currentParent = array;
                currentProperty = null;
            },
            onArrayEnd: () => {
                currentParent = previousParents.pop();
            },
            onLiteralValue: onValue,
            onError: (error, offset, length) => {
                errors.push({ error, offset, length });
            }
        };
        visit(text, visitor, options);
        return currentParent[0];
    }
    exports.parse = parse;
    /**
     * Parses the given text and returns a tree representation the JSON content. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     */
    function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
        let currentParent = { type: 'array', offset: -1, length: -1, children: [], parent: undefined }; // artificial root
        function ensurePropertyComplete(endOffset) {
            if (currentParent.type === 'property') {
                currentParent.length = endOffset - currentParent.offset;
                currentParent = currentParent.parent;
            }
        }
        function onValue(valueNode) {
            currentParent.children.push(valueNode);
            return valueNode;
        }
        const visitor = {
            onObjectBegin: (offset) => {
                currentParent = onValue({ type: 'object', offset, length: -1, parent: currentParent, children: [] });
            },
            onObjectProperty: (name, offset, length) => {
                currentParent = onValue({ type: 'property', offset, length: -1, parent: currentParent, children: [] });
                currentParent.children.push({ type: 'string', value: name, offset, length, parent: currentParent });
            },
            onObjectEnd: (offset, length) => {
                ensurePropertyComplete(offset + length); // in case of a missing value for a property: make sure property is complete
                currentParent.length = offset + length - currentParent.offset;
                currentParent = currentParent.parent;
                ensurePropertyComplete(offset + length);
            },
            onArrayBegin: (offset, length) => {
                currentParent = onValue({ type: 'array', offset, length: -1, parent: currentParent, children: [] });
            },
            onArrayEnd: (offset, length) => {
                currentParent.length = offset + length - currentParent.offset;
                currentParent = currentParent.parent;
                ensurePropertyComplete(offset + length);
            },
            onLiteralValue: (value, offset, length) => {
                onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
                ensurePropertyComplete(offset + length);
            },
            onSeparator: (sep, offset, length) => {
                if (currentParent.type === 'property') {
                    if (sep === ':') {
                        currentParent.colonOffset = offset;
                    }
                    else if (sep === ',') {
                        ensurePropertyComplete(offset);
                    }
                }
            },
            onError: (error, offset, length) => {
                errors.push({ error, offset, length });
            }
        };
        visit(text, visitor, options);
        const result = currentParent.children[0];
        if (result) {
            delete result.parent;
        }
        return result;
    }
    exports.parseTree = parseTree;
    /**
     * Finds the node at the given path in a JSON DOM.
     */
    function findNodeAtLocation(root, path) {
        if (!root) {
            return undefined;
        }
        let node = root;
        for (let segment of path) {
            if (typeof segment === 'string') {
                if (node.type !== 'object' || !Array.isArray(node.children)) {
                    return undefined;
                }
                let found = false;
                for (const propertyNode of node.children) {
                    if (Array.isArray(propertyNode.children) && propertyNode.children[0].value === segment && propertyNode.children.length === 2) {
                        node = propertyNode.children[1];
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    return undefined;
                }
            }
            else {
                const index = segment;
                if (node.type !== 'array' || index < 0 || !Array.isArray(node.children) || index >= node.children.length) {
                    return undefined;
                }
                node = node.children[index];
            }
        }
        return node;
    }
    exports.findNodeAtLocation = findNodeAtLocation;
    /**
     * Gets the JSON path of the given JSON DOM node
     */
    function getNodePath(node) {
        if (!node.parent || !node.parent.children) {
            return [];
        }
        const path = getNodePath(node.parent);
        if (node.parent.type === 'property') {
            const key = node.parent.children[0].value;
            path.push(key);
        }
        else if (node.parent.type === 'array') {
            const index = node.parent.children.indexOf(node);
            if (index !== -1) {
                path.push(index);
            }
        }
        return path;
    }
    exports.getNodePath = getNodePath;
    /**
     * Evaluates the JavaScript object of the given JSON DOM node
     */
    function getNodeValue(node) {
        switch (node.type) {
            case 'array':
                return node.children.map(getNodeValue);
            case 'object':
                const obj = Object.create(null);
                for (let prop of node.children) {
                    const valueNode = prop.children[1];
                    if (valueNode) {
                        obj[prop.children[0].value] = getNodeValue(valueNode);
                    }
                }
                return obj;
            case 'null':
            case 'string':
            case 'number':
            case 'boolean':
                return node.value;
            default:
                return undefined;
        }
    }
    exports.getNodeValue = getNodeValue;
    function contains(node, offset, includeRightBound = false) {
        return (offset >= node.offset && offset < (node.offset + node.length)) || includeRightBound && (offset === (node.offset + node.length));
    }
    exports.contains = contains;
    /**
     * Finds the most inner node at the given offset. If includeRightBound is set, also finds nodes that end at the given offset.
     */
    function findNodeAtOffset(node, offset, includeRightBound = false) {
        if (contains(node, offset, includeRightBound)) {
            const children = node.children;
            if (Array.isArray(children)) {
                for (let i = 0; i < children.length && children[i].offset <= offset; i++) {
                    const item = findNodeAtOffset(children[i], offset, includeRightBound);
                    if (item) {
                        return item;
                    }
                }
            }
            return node;
        }
        return undefined;
    }
    exports.findNodeAtOffset = findNodeAtOffset;
    /**
     * Parses the given text and invokes the visitor functions for each object, array and literal reached.
     */
    function visit(text, visitor, options = ParseOptions.DEFAULT) {
        const _scanner = (0, scanner_1.createScanner)(text, false);
        // Important: Only pass copies of this to visitor functions to prevent accidental modification, and
        // to not affect visitor functions which stored a reference to a previous JSONPath
        const _jsonPath = [];
        // Depth of onXXXBegin() callbacks suppressed. onXXXEnd() decrements this if it isn't 0 already.
        // Callbacks are only called when this value is 0.
        let suppressedCallbacks = 0;
        function toNoArgVisit(visitFunction) {
            return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
        }
        function toOneArgVisit(visitFunction) {
            return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
        }
        function toOneArgVisitWithPath(visitFunction) {
            return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
        }
        function toBeginVisit(visitFunction) {
            return visitFunction ?
                () => {
                    if (suppressedCallbacks > 0) {
                        suppressedCallbacks++;
                    }
                    else {
                        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
                        if (cbReturn === false) {
                            suppressedCallbacks = 1;
                        }
                    }
                }
                : () => true;
        }
        function toEndVisit(visitFunction) {
            return visitFunction ?
                () => {
                    if (suppressedCallbacks > 0) {
                        suppressedCallbacks--;
                    }
                    if (suppressedCallbacks === 0) {
                        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
                    }
                }
                : () => true;
        }
        const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
        const disallowComments = options && options.disallowComments;
        const allowTrailingComma = options && options.allowTrailingComma;
        function scanNext() {
            while (true) {
                const token = _scanner.scan();
                switch (_scanner.getTokenError()) {
                    case 4 /* ScanError.InvalidUnicode */:
                        handleError(14 /* ParseErrorCode.InvalidUnicode */);
                        break;
                    case 5 /* ScanError.InvalidEscapeCharacter */:
                        handleError(15 /* ParseErrorCode.InvalidEscapeCharacter */);
                        break;
                    case 3 /* ScanError.UnexpectedEndOfNumber */:
                        handleError(13 /* ParseErrorCode.UnexpectedEndOfNumber */);
                        break;
                    case 1 /* ScanError.UnexpectedEndOfComment */:
                        if (!disallowComments) {
                            handleError(11 /* ParseErrorCode.UnexpectedEndOfComment */);
                        }
                        break;
                    case 2 /* ScanError.UnexpectedEndOfString */:
                        handleError(12 /* ParseErrorCode.UnexpectedEndOfString */);
                        break;
                    case 6 /* ScanError.InvalidCharacter */:
                        handleError(16 /* ParseErrorCode.InvalidCharacter */);
                        break;
                }
                switch (token) {
                    case 12 /* SyntaxKind.LineCommentTrivia */:
                    case 13 /* SyntaxKind.BlockCommentTrivia */:
                        if (disallowComments) {
                            handleError(10 /* ParseErrorCode.InvalidCommentToken */);
                        }
                        else {
                            onComment();
                        }
                        break;
                    case 16 /* SyntaxKind.Unknown */:
                        handleError(1 /* ParseErrorCode.InvalidSymbol */);
                        break;
                    case 15 /* SyntaxKind.Trivia */:
                    case 14 /* SyntaxKind.LineBreakTrivia */:
                        break;
                    default:
                        return token;
                }
            }
        }
        function handleError(error, skipUntilAfter = [], skipUntil = []) {
            onError(error);
            if (skipUntilAfter.length + skipUntil.length > 0) {
                let token = _scanner.getToken();
                while (token !== 17 /* SyntaxKind.EOF */) {
                    if (skipUntilAfter.indexOf(token) !== -1) {
                        scanNext();
                        break;
                    }
                    else if (skipUntil.indexOf(token) !== -1) {
                        break;
                    }
                    token = scanNext();
                }
            }
        }
        function parseString(isValue) {
            const value = _scanner.getTokenValue();
            if (isValue) {
                onLiteralValue(value);
            }
            else {
                onObjectProperty(value);
                // add property name afterwards
                _jsonPath.push(value);
            }
            scanNext();
            return true;
        }
        function parseLiteral() {
            switch (_scanner.getToken()) {
                case 11 /* SyntaxKind.NumericLiteral */:
                    const tokenValue = _scanner.getTokenValue();
                    let value = Number(tokenValue);
                    if (isNaN(value)) {
                        handleError(2 /* ParseErrorCode.InvalidNumberFormat */);
                        value = 0;
                    }
                    onLiteralValue(value);
                    break;
                case 7 /* SyntaxKind.NullKeyword */:
                    onLiteralValue(null);
                    break;
                case 8 /* SyntaxKind.TrueKeyword */:
                    onLiteralValue(true);
                    break;
                case 9 /* SyntaxKind.FalseKeyword */:
                    onLiteralValue(false);
                    break;
                default:
                    return false;
            }
            scanNext();
            return true;
        }
        function parseProperty() {
            if (_scanner.getToken() !== 10 /* SyntaxKind.StringLiteral */) {
                handleError(3 /* ParseErrorCode.PropertyNameExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                return false;
            }
            parseString(false);
            if (_scanner.getToken() === 6 /* SyntaxKind.ColonToken */) {
                onSeparator(':');
                scanNext(); // consume colon
                if (!parseValue()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                }
            }
            else {
                handleError(5 /* ParseErrorCode.ColonExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
            }
            _jsonPath.pop(); // remove processed property name
            return true;
        }
        function parseObject() {
            onObjectBegin();
            scanNext(); // consume open brace
            let needsComma = false;
            while (_scanner.getToken() !== 2 /* SyntaxKind.CloseBraceToken */ && _scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
                if (_scanner.getToken() === 5 /* SyntaxKind.CommaToken */) {
                    if (!needsComma) {
                        handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
                    }
                    onSeparator(',');
                    scanNext(); // consume comma
                    if (_scanner.getToken() === 2 /* SyntaxKind.CloseBraceToken */ && allowTrailingComma) {
                        break;
                    }
                }
                else if (needsComma) {
                    handleError(6 /* ParseErrorCode.CommaExpected */, [], []);
                }
                if (!parseProperty()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                }
                needsComma = true;
            }
            onObjectEnd();
            if (_scanner.getToken() !== 2 /* SyntaxKind.CloseBraceToken */) {
                handleError(7 /* ParseErrorCode.CloseBraceExpected */, [2 /* SyntaxKind.CloseBraceToken */], []);
            }
            else {
                scanNext(); // consume close brace
            }
            return true;
        }
        function parseArray() {
            onArrayBegin();
            scanNext(); // consume open bracket
            let isFirstElement = true;
            let needsComma = false;
            while (_scanner.getToken() !== 4 /* SyntaxKind.CloseBracketToken */ && _scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
                if (_scanner.getToken() === 5 /* SyntaxKind.CommaToken */) {
                    if (!needsComma) {
                        handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
                    }
                    onSeparator(',');
                    scanNext(); // consume comma
                    if (_scanner.getToken() === 4 /* SyntaxKind.CloseBracketToken */ && allowTrailingComma) {
                        break;
                    }
                }
                else if (needsComma) {
                    handleError(6 /* ParseErrorCode.CommaExpected */, [], []);
                }
                if (isFirstElement) {
                    _jsonPath.push(0);
                    isFirstElement = false;
                }
                else {
                    _jsonPath[_jsonPath.length - 1]++;
                }
                if (!parseValue()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [4 /* SyntaxKind.CloseBracketToken */, 5 /* SyntaxKind.CommaToken */]);
                }
                needsComma = true;
            }
            onArrayEnd();
            if (!isFirstElement) {
                _jsonPath.pop(); // remove array index
            }
            if (_scanner.getToken() !== 4 /* SyntaxKind.CloseBracketToken */) {
                handleError(8 /* ParseErrorCode.CloseBracketExpected */, [4 /* SyntaxKind.CloseBracketToken */], []);
            }
            else {
                scanNext(); // consume close bracket
            }
            return true;
        }
        function parseValue() {
            switch (_scanner.getToken()) {
                case 3 /* SyntaxKind.OpenBracketToken */:
                    return parseArray();
                case 1 /* SyntaxKind.OpenBraceToken */:
                    return parseObject();
                case 10 /* SyntaxKind.StringLiteral */:
                    return parseString(true);
                default:
                    return parseLiteral();
            }
        }
        scanNext();
        if (_scanner.getToken() === 17 /* SyntaxKind.EOF */) {
            if (options.allowEmptyContent) {
                return true;
            }
            handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
            return false;
        }
        if (!parseValue()) {
            handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
            return false;
        }
        if (_scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
            handleError(9 /* ParseErrorCode.EndOfFileExpected */, [], []);
        }
        return true;
    }
    exports.visit = visit;
    /**
     * Takes JSON with JavaScript-style comments and remove
     * them. Optionally replaces every none-newline character
     * of comments with a replaceCharacter
     */
    function stripComments(text, replaceCh) {
        let _scanner = (0, scanner_1.createScanner)(text), parts = [], kind, offset = 0, pos;
        do {
            pos = _scanner.getPosition();
            kind = _scanner.scan();
            switch (kind) {
                case 12 /* SyntaxKind.LineCommentTrivia */:
                case 13 /* SyntaxKind.BlockCommentTrivia */:
                case 17 /* SyntaxKind.EOF */:
                    if (offset !== pos) {
                        parts.push(text.substring(offset, pos));
                    }
                    if (replaceCh !== undefined) {
                        parts.push(_scanner.getTokenValue().replace(/[^\r\n]/g, replaceCh));
                    }
                    offset = _scanner.getPosition();
                    break;
            }
        } while (kind !== 17 /* SyntaxKind.EOF */);
        return parts.join('');
    }
    exports.stripComments = stripComments;
    function getNodeType(value) {
        switch (typeof value) {
            case 'boolean': return 'boolean';
            case 'number': return 'number';
            case 'string': return 'string';
            case 'object': {
                if (!value) {
                    return 'null';
                }
                else if (Array.isArray(value)) {
                    return 'array';
                }
                return 'object';
            }
            default: return 'null';
        }
    }
    exports.getNodeType = getNodeType;
});


/***/ }),

/***/ 525:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.createScanner = void 0;
    /**
     * Creates a JSON scanner on the given text.
     * If ignoreTrivia is set, whitespaces or comments are ignored.
     */
    function createScanner(text, ignoreTrivia = false) {
        const len = text.length;
        let pos = 0, value = '', tokenOffset = 0, token = 16 /* SyntaxKind.Unknown */, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0 /* ScanError.None */;
        function scanHexDigits(count, exact) {
            let digits = 0;
            let value = 0;
            while (digits < count || !exact) {
                let ch = text.charCodeAt(pos);
                if (ch >= 48 /* CharacterCodes._0 */ && ch <= 57 /* CharacterCodes._9 */) {
                    value = value * 16 + ch - 48 /* CharacterCodes._0 */;
                }
                else if (ch >= 65 /* CharacterCodes.A */ && ch <= 70 /* CharacterCodes.F */) {
                    value = value * 16 + ch - 65 /* CharacterCodes.A */ + 10;
                }
                else if (ch >= 97 /* CharacterCodes.a */ && ch <= 102 /* CharacterCodes.f */) {
                    value = value * 16 + ch - 97 /* CharacterCodes.a */ + 10;
                }
                else {
                    break;
                }
                pos++;
                digits++;
            }
            if (digits < count) {
                value = -1;
            }
            return value;
        }
        function setPosition(newPosition) {
            pos = newPosition;
            value = '';
            tokenOffset = 0;
            token = 16 /* SyntaxKind.Unknown */;
            scanError = 0 /* ScanError.None */;
        }
        function scanNumber() {
            let start = pos;
            if (text.charCodeAt(pos) === 48 /* CharacterCodes._0 */) {
                pos++;
            }
            else {
                pos++;
                while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                }
            }
            if (pos < text.length && text.charCodeAt(pos) === 46 /* CharacterCodes.dot */) {
                pos++;
                if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                    while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                        pos++;
                    }
                }
                else {
                    scanError = 3 /* ScanError.UnexpectedEndOfNumber */;
                    return text.substring(start, pos);
                }
            }
            let end = pos;
            if (pos < text.length && (text.charCodeAt(pos) === 69 /* CharacterCodes.E */ || text.charCodeAt(pos) === 101 /* CharacterCodes.e */)) {
                pos++;
                if (pos < text.length && text.charCodeAt(pos) === 43 /* CharacterCodes.plus */ || text.charCodeAt(pos) === 45 /* CharacterCodes.minus */) {
                    pos++;
                }
                if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                    while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                        pos++;
                    }
                    end = pos;
                }
                else {
                    scanError = 3 /* ScanError.UnexpectedEndOfNumber */;
                }
            }
            return text.substring(start, end);
        }
        function scanString() {
            let result = '', start = pos;
            while (true) {
                if (pos >= len) {
                    result += text.substring(start, pos);
                    scanError = 2 /* ScanError.UnexpectedEndOfString */;
                    break;
                }
                const ch = text.charCodeAt(pos);
                if (ch === 34 /* CharacterCodes.doubleQuote */) {
                    result += text.substring(start, pos);
                    pos++;
                    break;
                }
                if (ch === 92 /* CharacterCodes.backslash */) {
                    result += text.substring(start, pos);
                    pos++;
                    if (pos >= len) {
                        scanError = 2 /* ScanError.UnexpectedEndOfString */;
                        break;
                    }
                    const ch2 = text.charCodeAt(pos++);
                    switch (ch2) {
                        case 34 /* CharacterCodes.doubleQuote */:
                            result += '\"';
                            break;
                        case 92 /* CharacterCodes.backslash */:
                            result += '\\';
                            break;
                        case 47 /* CharacterCodes.slash */:
                            result += '/';
                            break;
                        case 98 /* CharacterCodes.b */:
                            result += '\b';
                            break;
                        case 102 /* CharacterCodes.f */:
                            result += '\f';
                            break;
                        case 110 /* CharacterCodes.n */:
                            result += '\n';
                            break;
                        case 114 /* CharacterCodes.r */:
                            result += '\r';
                            break;
                        case 116 /* CharacterCodes.t */:
                            result += '\t';
                            break;
                        case 117 /* CharacterCodes.u */:
                            const ch3 = scanHexDigits(4, true);
                            if (ch3 >= 0) {
                                result += String.fromCharCode(ch3);
                            }
                            else {
                                scanError = 4 /* ScanError.InvalidUnicode */;
                            }
                            break;
                        default:
                            scanError = 5 /* ScanError.InvalidEscapeCharacter */;
                    }
                    start = pos;
                    continue;
                }
                if (ch >= 0 && ch <= 0x1f) {
                    if (isLineBreak(ch)) {
                        result += text.substring(start, pos);
                        scanError = 2 /* ScanError.UnexpectedEndOfString */;
                        break;
                    }
                    else {
                        scanError = 6 /* ScanError.InvalidCharacter */;
                        // mark as error but continue with string
                    }
                }
                pos++;
            }
            return result;
        }
        function scanNext() {
            value = '';
            scanError = 0 /* ScanError.None */;
            tokenOffset = pos;
            lineStartOffset = lineNumber;
            prevTokenLineStartOffset = tokenLineStartOffset;
            if (pos >= len) {
                // at the end
                tokenOffset = len;
                return token = 17 /* SyntaxKind.EOF */;
            }
            let code = text.charCodeAt(pos);
            // trivia: whitespace
            if (isWhiteSpace(code)) {
                do {
                    pos++;
                    value += String.fromCharCode(code);
                    code = text.charCodeAt(pos);
                } while (isWhiteSpace(code));
                return token = 15 /* SyntaxKind.Trivia */;
            }
            // trivia: newlines
            if (isLineBreak(code)) {
                pos++;
                value += String.fromCharCode(code);
                if (code === 13 /* CharacterCodes.carriageReturn */ && text.charCodeAt(pos) === 10 /* CharacterCodes.lineFeed */) {
                    pos++;
                    value += '\n';
                }
                lineNumber++;
                tokenLineStartOffset = pos;
                return token = 14 /* SyntaxKind.LineBreakTrivia */;
            }
            switch (code) {
                // tokens: []{}:,
                case 123 /* CharacterCodes.openBrace */:
                    pos++;
                    return token = 1 /* SyntaxKind.OpenBraceToken */;
                case 125 /* CharacterCodes.closeBrace */:
                    pos++;
                    return token = 2 /* SyntaxKind.CloseBraceToken */;
                case 91 /* CharacterCodes.openBracket */:
                    pos++;
                    return token = 3 /* SyntaxKind.OpenBracketToken */;
                case 93 /* CharacterCodes.closeBracket */:
                    pos++;
                    return token = 4 /* SyntaxKind.CloseBracketToken */;
                case 58 /* CharacterCodes.colon */:
                    pos++;
                    return token = 6 /* SyntaxKind.ColonToken */;
                case 44 /* CharacterCodes.comma */:
                    pos++;
                    return token = 5 /* SyntaxKind.CommaToken */;
                // strings
                case 34 /* CharacterCodes.doubleQuote */:
                    pos++;
                    value = scanString();
                    return token = 10 /* SyntaxKind.StringLiteral */;
                // comments
                case 47 /* CharacterCodes.slash */:
                    const start = pos - 1;
                    // Single-line comment
                    if (text.charCodeAt(pos + 1) === 47 /* CharacterCodes.slash */) {
                        pos += 2;
                        while (pos < len) {
                            if (isLineBreak(text.charCodeAt(pos))) {
                                break;
                            }
                            pos++;
                        }
                        value = text.substring(start, pos);
                        return token = 12 /* SyntaxKind.LineCommentTrivia */;
                    }
                    // Multi-line comment
                    if (text.charCodeAt(pos + 1) === 42 /* CharacterCodes.asterisk */) {
                        pos += 2;
                        const safeLength = len - 1; // For lookahead.
                        let commentClosed = false;
                        while (pos < safeLength) {
                            const ch = text.charCodeAt(pos);
                            if (ch === 42 /* CharacterCodes.asterisk */ && text.charCodeAt(pos + 1) === 47 /* CharacterCodes.slash */) {
                                pos += 2;
                                commentClosed = true;
                                break;
                            }
                            pos++;
                            if (isLineBreak(ch)) {
                                if (ch === 13 /* CharacterCodes.carriageReturn */ && text.charCodeAt(pos) === 10 /* CharacterCodes.lineFeed */) {
                                    pos++;
                                }
                                lineNumber++;
                                tokenLineStartOffset = pos;
                            }
                        }
                        if (!commentClosed) {
                            pos++;
                            scanError = 1 /* ScanError.UnexpectedEndOfComment */;
                        }
                        value = text.substring(start, pos);
                        return token = 13 /* SyntaxKind.BlockCommentTrivia */;
                    }
                    // just a single slash
                    value += String.fromCharCode(code);
                    pos++;
                    return token = 16 /* SyntaxKind.Unknown */;
                // numbers
                case 45 /* CharacterCodes.minus */:
                    value += String.fromCharCode(code);
                    pos++;
                    if (pos === len || !isDigit(text.charCodeAt(pos))) {
                        return token = 16 /* SyntaxKind.Unknown */;
                    }
                // found a minus, followed by a number so
                // we fall through to proceed with scanning
                // numbers
                case 48 /* CharacterCodes._0 */:
                case 49 /* CharacterCodes._1 */:
                case 50 /* CharacterCodes._2 */:
                case 51 /* CharacterCodes._3 */:
                case 52 /* CharacterCodes._4 */:
                case 53 /* CharacterCodes._5 */:
                case 54 /* CharacterCodes._6 */:
                case 55 /* CharacterCodes._7 */:
                case 56 /* CharacterCodes._8 */:
                case 57 /* CharacterCodes._9 */:
                    value += scanNumber();
                    return token = 11 /* SyntaxKind.NumericLiteral */;
                // literals and unknown symbols
                default:
                    // is a literal? Read the full word.
                    while (pos < len && isUnknownContentCharacter(code)) {
                        pos++;
                        code = text.charCodeAt(pos);
                    }
                    if (tokenOffset !== pos) {
                        value = text.substring(tokenOffset, pos);
                        // keywords: true, false, null
                        switch (value) {
                            case 'true': return token = 8 /* SyntaxKind.TrueKeyword */;
                            case 'false': return token = 9 /* SyntaxKind.FalseKeyword */;
                            case 'null': return token = 7 /* SyntaxKind.NullKeyword */;
                        }
                        return token = 16 /* SyntaxKind.Unknown */;
                    }
                    // some
                    value += String.fromCharCode(code);
                    pos++;
                    return token = 16 /* SyntaxKind.Unknown */;
            }
        }
        function isUnknownContentCharacter(code) {
            if (isWhiteSpace(code) || isLineBreak(code)) {
                return false;
            }
            switch (code) {
                case 125 /* CharacterCodes.closeBrace */:
                case 93 /* CharacterCodes.closeBracket */:
                case 123 /* CharacterCodes.openBrace */:
                case 91 /* CharacterCodes.openBracket */:
                case 34 /* CharacterCodes.doubleQuote */:
                case 58 /* CharacterCodes.colon */:
                case 44 /* CharacterCodes.comma */:
                case 47 /* CharacterCodes.slash */:
                    return false;
            }
            return true;
        }
        function scanNextNonTrivia() {
            let result;
            do {
                result = scanNext();
            } while (result >= 12 /* SyntaxKind.LineCommentTrivia */ && result <= 15 /* SyntaxKind.Trivia */);
            return result;
        }
        return {
            setPosition: setPosition,
            getPosition: () => pos,
            scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
            getToken: () => token,
            getTokenValue: () => value,
            getTokenOffset: () => tokenOffset,
            getTokenLength: () => pos - tokenOffset,
            getTokenStartLine: () => lineStartOffset,
            getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
            getTokenError: () => scanError,
        };
    }
    exports.createScanner = createScanner;
    function isWhiteSpace(ch) {
        return ch === 32 /* CharacterCodes.space */ || ch === 9 /* CharacterCodes.tab */;
    }
    function isLineBreak(ch) {
        return ch === 10 /* CharacterCodes.lineFeed */ || ch === 13 /* CharacterCodes.carriageReturn */;
    }
    function isDigit(ch) {
        return ch >= 48 /* CharacterCodes._0 */ && ch <= 57 /* CharacterCodes._9 */;
    }
    var CharacterCodes;
    (function (CharacterCodes) {
        CharacterCodes[CharacterCodes["lineFeed"] = 10] = "lineFeed";
        CharacterCodes[CharacterCodes["carriageReturn"] = 13] = "carriageReturn";
        CharacterCodes[CharacterCodes["space"] = 32] = "space";
        CharacterCodes[CharacterCodes["_0"] = 48] = "_0";
        CharacterCodes[CharacterCodes["_1"] = 49] = "_1";
        CharacterCodes[CharacterCodes["_2"] = 50] = "_2";
        CharacterCodes[CharacterCodes["_3"] = 51] = "_3";
        CharacterCodes[CharacterCodes["_4"] = 52] = "_4";
        CharacterCodes[CharacterCodes["_5"] = 53] = "_5";
        CharacterCodes[CharacterCodes["_6"] = 54] = "_6";
        CharacterCodes[CharacterCodes["_7"] = 55] = "_7";
        CharacterCodes[CharacterCodes["_8"] = 56] = "_8";
        CharacterCodes[CharacterCodes["_9"] = 57] = "_9";
        CharacterCodes[CharacterCodes["a"] = 97] = "a";
        CharacterCodes[CharacterCodes["b"] = 98] = "b";
        CharacterCodes[CharacterCodes["c"] = 99] = "c";
        CharacterCodes[CharacterCodes["d"] = 100] = "d";
        CharacterCodes[CharacterCodes["e"] = 101] = "e";
        CharacterCodes[CharacterCodes["f"] = 102] = "f";
        CharacterCodes[CharacterCodes["g"] = 103] = "g";
        CharacterCodes[CharacterCodes["h"] = 104] = "h";
        CharacterCodes[CharacterCodes["i"] = 105] = "i";
        CharacterCodes[CharacterCodes["j"] = 106] = "j";
        CharacterCodes[CharacterCodes["k"] = 107] = "k";
        CharacterCodes[CharacterCodes["l"] = 108] = "l";
        CharacterCodes[CharacterCodes["m"] = 109] = "m";
        CharacterCodes[CharacterCodes["n"] = 110] = "n";
        CharacterCodes[CharacterCodes["o"] = 111] = "o";
        CharacterCodes[CharacterCodes["p"] = 112] = "p";
        CharacterCodes[CharacterCodes["q"] = 113] = "q";
        CharacterCodes[CharacterCodes["r"] = 114] = "r";
        CharacterCodes[CharacterCodes["s"] = 115] = "s";
        CharacterCodes[CharacterCodes["t"] = 116] = "t";
        CharacterCodes[CharacterCodes["u"] = 117] = "u";
        CharacterCodes[CharacterCodes["v"] = 118] = "v";
        CharacterCodes[CharacterCodes["w"] = 119] = "w";
        CharacterCodes[CharacterCodes["x"] = 120] = "x";
        CharacterCodes[CharacterCodes["y"] = 121] = "y";
        CharacterCodes[CharacterCodes["z"] = 122] = "z";
        CharacterCodes[CharacterCodes["A"] = 65] = "A";
        CharacterCodes[CharacterCodes["B"] = 66] = "B";
        CharacterCodes[CharacterCodes["C"] = 67] = "C";
        CharacterCodes[CharacterCodes["D"] = 68] = "D";
        CharacterCodes[CharacterCodes["E"] = 69] = "E";
        CharacterCodes[CharacterCodes["F"] = 70] = "F";
        CharacterCodes[CharacterCodes["G"] = 71] = "G";
        CharacterCodes[CharacterCodes["H"] = 72] = "H";
        CharacterCodes[CharacterCodes["I"] = 73] = "I";
        CharacterCodes[CharacterCodes["J"] = 74] = "J";
        CharacterCodes[CharacterCodes["K"] = 75] = "K";
        CharacterCodes[CharacterCodes["L"] = 76] = "L";
        CharacterCodes[CharacterCodes["M"] = 77] = "M";
        CharacterCodes[CharacterCodes["N"] = 78] = "N";
        CharacterCodes[CharacterCodes["O"] = 79] = "O";
        CharacterCodes[CharacterCodes["P"] = 80] = "P";
        CharacterCodes[CharacterCodes["Q"] = 81] = "Q";
        CharacterCodes[CharacterCodes["R"] = 82] = "R";
        CharacterCodes[CharacterCodes["S"] = 83] = "S";
        CharacterCodes[CharacterCodes["T"] = 84] = "T";
        CharacterCodes[CharacterCodes["U"] = 85] = "U";
        CharacterCodes[CharacterCodes["V"] = 86] = "V";
        CharacterCodes[CharacterCodes["W"] = 87] = "W";
        CharacterCodes[CharacterCodes["X"] = 88] = "X";
        CharacterCodes[CharacterCodes["Y"] = 89] = "Y";
        CharacterCodes[CharacterCodes["Z"] = 90] = "Z";
        CharacterCodes[CharacterCodes["asterisk"] = 42] = "asterisk";
        CharacterCodes[CharacterCodes["backslash"] = 92] = "backslash";
        CharacterCodes[CharacterCodes["closeBrace"] = 125] = "closeBrace";
        CharacterCodes[CharacterCodes["closeBracket"] = 93] = "closeBracket";
        CharacterCodes[CharacterCodes["colon"] = 58] = "colon";
        CharacterCodes[CharacterCodes["comma"] = 44] = "comma";
        CharacterCodes[CharacterCodes["dot"] = 46] = "dot";
        CharacterCodes[CharacterCodes["doubleQuote"] = 34] = "doubleQuote";
        CharacterCodes[CharacterCodes["minus"] = 45] = "minus";
        CharacterCodes[CharacterCodes["openBrace"] = 123] = "openBrace";
        CharacterCodes[CharacterCodes["openBracket"] = 91] = "openBracket";
        CharacterCodes[CharacterCodes["plus"] = 43] = "plus";
        CharacterCodes[CharacterCodes["slash"] = 47] = "slash";
        CharacterCodes[CharacterCodes["formFeed"] = 12] = "formFeed";
        CharacterCodes[CharacterCodes["tab"] = 9] = "tab";
    })(CharacterCodes || (CharacterCodes = {}));
});


/***/ }),

/***/ 579:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    "use strict";
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.supportedEols = exports.cachedBreakLinesWithSpaces = exports.cachedSpaces = void 0;
    exports.cachedSpaces = new Array(20).fill(0).map((_, index) => {
        return ' '.repeat(index);
    });
    const maxCachedValues = 200;
    exports.cachedBreakLinesWithSpaces = {
        ' ': {
            '\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\n' + ' '.repeat(index);
            }),
            '\r': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r' + ' '.repeat(index);
            }),
            '\r\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r\n' + ' '.repeat(index);
            }),
        },
        '\t': {
            '\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\n' + '\t'.repeat(index);
            }),
            '\r': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r' + '\t'.repeat(index);
            }),
            '\r\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r\n' + '\t'.repeat(index);
            }),
        }
    };
    exports.supportedEols = ['\n', '\r', '\r\n'];
});


/***/ }),

/***/ 547:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./impl/format", "./impl/edit", "./impl/scanner", "./impl/parser"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.applyEdits = exports.modify = exports.format = exports.printParseErrorCode = exports.ParseErrorCode = exports.stripComments = exports.visit = exports.getNodeValue = exports.getNodePath = exports.findNodeAtOffset = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = exports.SyntaxKind = exports.ScanError = exports.createScanner = void 0;
    const formatter = __nccwpck_require__(612);
    const edit = __nccwpck_require__(807);
    const scanner = __nccwpck_require__(525);
    const parser = __nccwpck_require__(152);
    /**
     * Creates a JSON scanner on the given text.
     * If ignoreTrivia is set, whitespaces or comments are ignored.
     */
    exports.createScanner = scanner.createScanner;
    var ScanError;
    (function (ScanError) {
        ScanError[ScanError["None"] = 0] = "None";
        ScanError[ScanError["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
        ScanError[ScanError["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
        ScanError[ScanError["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
        ScanError[ScanError["InvalidUnicode"] = 4] = "InvalidUnicode";
        ScanError[ScanError["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
        ScanError[ScanError["InvalidCharacter"] = 6] = "InvalidCharacter";
    })(ScanError || (exports.ScanError = ScanError = {}));
    var SyntaxKind;
    (function (SyntaxKind) {
        SyntaxKind[SyntaxKind["OpenBraceToken"] = 1] = "OpenBraceToken";
        SyntaxKind[SyntaxKind["CloseBraceToken"] = 2] = "CloseBraceToken";
        SyntaxKind[SyntaxKind["OpenBracketToken"] = 3] = "OpenBracketToken";
        SyntaxKind[SyntaxKind["CloseBracketToken"] = 4] = "CloseBracketToken";
        SyntaxKind[SyntaxKind["CommaToken"] = 5] = "CommaToken";
        SyntaxKind[SyntaxKind["ColonToken"] = 6] = "ColonToken";
        SyntaxKind[SyntaxKind["NullKeyword"] = 7] = "NullKeyword";
        SyntaxKind[SyntaxKind["TrueKeyword"] = 8] = "TrueKeyword";
        SyntaxKind[SyntaxKind["FalseKeyword"] = 9] = "FalseKeyword";
        SyntaxKind[SyntaxKind["StringLiteral"] = 10] = "StringLiteral";
        SyntaxKind[SyntaxKind["NumericLiteral"] = 11] = "NumericLiteral";
        SyntaxKind[SyntaxKind["LineCommentTrivia"] = 12] = "LineCommentTrivia";
        SyntaxKind[SyntaxKind["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
        SyntaxKind[SyntaxKind["LineBreakTrivia"] = 14] = "LineBreakTrivia";
        SyntaxKind[SyntaxKind["Trivia"] = 15] = "Trivia";
        SyntaxKind[SyntaxKind["Unknown"] = 16] = "Unknown";
        SyntaxKind[SyntaxKind["EOF"] = 17] = "EOF";
    })(SyntaxKind || (exports.SyntaxKind = SyntaxKind = {}));
    /**
     * For a given offset, evaluate the location in the JSON document. Each segment in the location path is either a property name or an array index.
     */
    exports.getLocation = parser.getLocation;
    /**
     * Parses the given text and returns the object the JSON content represents. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     * Therefore, always check the errors list to find out if the input was valid.
     */
    exports.parse = parser.parse;
    /**
     * Parses the given text and returns a tree representation the JSON content. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     */
    exports.parseTree = parser.parseTree;
    /**
     * Finds the node at the given path in a JSON DOM.
     */
    exports.findNodeAtLocation = parser.findNodeAtLocation;
    /**
     * Finds the innermost node at the given offset. If includeRightBound is set, also finds nodes that end at the given offset.
     */
    exports.findNodeAtOffset = parser.findNodeAtOffset;
    /**
     * Gets the JSON path of the given JSON DOM node
     */
    exports.getNodePath = parser.getNodePath;
    /**
     * Evaluates the JavaScript object of the given JSON DOM node
     */
    exports.getNodeValue = parser.getNodeValue;
    /**
     * Parses the given text and invokes the visitor functions for each object, array and literal reached.
     */
    exports.visit = parser.visit;
    /**
     * Takes JSON with JavaScript-style comments and remove
     * them. Optionally replaces every none-newline character
     * of comments with a replaceCharacter
     */
    exports.stripComments = parser.stripComments;
    var ParseErrorCode;
    (function (ParseErrorCode) {
        ParseErrorCode[ParseErrorCode["InvalidSymbol"] = 1] = "InvalidSymbol";
        ParseErrorCode[ParseErrorCode["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
        ParseErrorCode[ParseErrorCode["PropertyNameExpected"] = 3] = "PropertyNameExpected";
        ParseErrorCode[ParseErrorCode["ValueExpected"] = 4] = "ValueExpected";
        ParseErrorCode[ParseErrorCode["ColonExpected"] = 5] = "ColonExpected";
        ParseErrorCode[ParseErrorCode["CommaExpected"] = 6] = "CommaExpected";
        ParseErrorCode[ParseErrorCode["CloseBraceExpected"] = 7] = "CloseBraceExpected";
        ParseErrorCode[ParseErrorCode["CloseBracketExpected"] = 8] = "CloseBracketExpected";
        ParseErrorCode[ParseErrorCode["EndOfFileExpected"] = 9] = "EndOfFileExpected";
        ParseErrorCode[ParseErrorCode["InvalidCommentToken"] = 10] = "InvalidCommentToken";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
        ParseErrorCode[ParseErrorCode["InvalidUnicode"] = 14] = "InvalidUnicode";
        ParseErrorCode[ParseErrorCode["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
        ParseErrorCode[ParseErrorCode["InvalidCharacter"] = 16] = "InvalidCharacter";
    })(ParseErrorCode || (exports.ParseErrorCode = ParseErrorCode = {}));
    function printParseErrorCode(code) {
        switch (code) {
            case 1 /* ParseErrorCode.InvalidSymbol */: return 'InvalidSymbol';
            case 2 /* ParseErrorCode.InvalidNumberFormat */: return 'InvalidNumberFormat';
            case 3 /* ParseErrorCode.PropertyNameExpected */: return 'PropertyNameExpected';
            case 4 /* ParseErrorCode.ValueExpected */: return 'ValueExpected';
            case 5 /* ParseErrorCode.ColonExpected */: return 'ColonExpected';
            case 6 /* ParseErrorCode.CommaExpected */: return 'CommaExpected';
            case 7 /* ParseErrorCode.CloseBraceExpected */: return 'CloseBraceExpected';
            case 8 /* ParseErrorCode.CloseBracketExpected */: return 'CloseBracketExpected';
            case 9 /* ParseErrorCode.EndOfFileExpected */: return 'EndOfFileExpected';
            case 10 /* ParseErrorCode.InvalidCommentToken */: return 'InvalidCommentToken';
            case 11 /* ParseErrorCode.UnexpectedEndOfComment */: return 'UnexpectedEndOfComment';
            case 12 /* ParseErrorCode.UnexpectedEndOfString */: return 'UnexpectedEndOfString';
            case 13 /* ParseErrorCode.UnexpectedEndOfNumber */: return 'UnexpectedEndOfNumber';
            case 14 /* ParseErrorCode.InvalidUnicode */: return 'InvalidUnicode';
            case 15 /* ParseErrorCode.InvalidEscapeCharacter */: return 'InvalidEscapeCharacter';
            case 16 /* ParseErrorCode.InvalidCharacter */: return 'InvalidCharacter';
        }
        return '<unknown ParseErrorCode>';
    }
    exports.printParseErrorCode = printParseErrorCode;
    /**
     * Computes the edit operations needed to format a JSON document.
     *
     * @param documentText The input text
     * @param range The range to format or `undefined` to format the full content
     * @param options The formatting options
     * @returns The edit operations describing the formatting changes to the original document following the format described in {@linkcode EditResult}.
     * To apply the edit operations to the input, use {@linkcode applyEdits}.
     */
    function format(documentText, range, options) {
        return formatter.format(documentText, range, options);
    }
    exports.format = format;
    /**
     * Computes the edit operations needed to modify a value in the JSON document.
     *
     * @param documentText The input text
     * @param path The path of the value to change. The path represents either to the document root, a property or an array item.
     * If the path points to an non-existing property or item, it will be created.
     * @param value The new value for the specified property or item. If the value is undefined,
     * the property or item will be removed.
     * @param options Options
     * @returns The edit operations describing the changes to the original document, following the format described in {@linkcode EditResult}.
     * To apply the edit operations to the input, use {@linkcode applyEdits}.
     */
    function modify(text, path, value, options) {
        return edit.setProperty(text, path, value, options);
    }
    exports.modify = modify;
    /**
     * Applies edits to an input string.
     * @param text The input text
     * @param edits Edit operations following the format described in {@linkcode EditResult}.
     * @returns The text with the applied edits.
     * @throws An error if the edit operations are not well-formed as described in {@linkcode EditResult}.
     */
    function applyEdits(text, edits) {
        let sortedEdits = edits.slice(0).sort((a, b) => {
            const diff = a.offset - b.offset;
            if (diff === 0) {
                return a.length - b.length;
            }
            return diff;
        });
        let lastModifiedOffset = text.length;
        for (let i = sortedEdits.length - 1; i >= 0; i--) {
            let e = sortedEdits[i];
            if (e.offset + e.length <= lastModifiedOffset) {
                text = edit.applyEdit(text, e);
            }
            else {
                throw new Error('Overlapping edit');
            }
            lastModifiedOffset = e.offset;
        }
        return text;
    }
    exports.applyEdits = applyEdits;
});


/***/ }),

/***/ 99:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  A: () => (/* binding */ openclaw_entry),
  v: () => (/* binding */ registerPolicyGate)
});

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:perf_hooks"
const external_node_perf_hooks_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./lib/engine/canonical-json.js

// OpenClaw sorts keys with `String#localeCompare`, i.e. the host's default ICU locale. Under
// C, C.UTF-8 and en_US (every CI runner, most servers) that is en-US collation; under sv_SE or
// tr_TR a few non-ASCII keys sort differently, which would make an accepted hash depend on the
// machine. We pin en-US so CI and runtime always agree (documented in the README).
const collator = new Intl.Collator('en-US');
/**
 * Compares two strings the way canonical JSON orders keys: en-US collation. Keys are nearly
 * always printable ASCII, where ICU's result reduces to two passes: primary weights (case folded)
 * decide, then the first case difference (lower before upper). The weights are read off this
 * runtime's own collator at start-up, and a property test holds the two equal; any other
 * character goes to ICU itself.
 */
function compareKeys(a, b) {
    if (!isPrintableAscii(a) || !isPrintableAscii(b))
        return collator.compare(a, b) || byCodeUnits(a, b);
    const length = Math.min(a.length, b.length);
    for (let i = 0; i < length; i++) {
        const difference = PRIMARY_WEIGHT[a.charCodeAt(i)] - PRIMARY_WEIGHT[b.charCodeAt(i)];
        if (difference !== 0)
            return difference;
    }
    if (a.length !== b.length)
        return a.length - b.length;
    for (let i = 0; i < length; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x !== y)
            return isUpperAscii(x) ? 1 : -1;
    }
    return 0;
}
/**
 * Sorts `items` by `keyOf` in `compareKeys` order, stable. When every key is made only of
 * lowercase ASCII letters, digits and `-` (config ids such as `server-0042`: nearly always), keys
 * compare by code units: on those characters en-US collation has one primary weight each, rising
 * with the code unit (`-` < digits < letters), and no case or accent levels. Otherwise every pair
 * goes to `compareKeys`. Held equal to a stable sort by `compareKeys` by a property test.
 */
function sortByKey(items, keyOf) {
    const keys = items.map(keyOf);
    if (!keys.every((key) => PLAIN_KEY.test(key))) {
        const order = keys.map((_, index) => index).sort((a, b) => compareKeys(keys[a], keys[b]) || a - b);
        return order.map((index) => items[index]);
    }
    // All plain: code-unit order, and often the order they are already in (one pass, no sort).
    let ascending = true;
    for (let i = 1; i < keys.length && ascending; i++)
        ascending = keys[i - 1] <= keys[i];
    if (ascending)
        return items.slice();
    const order = keys
        .map((_, index) => index)
        .sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : a - b));
    return order.map((index) => items[index]);
}
const PLAIN_KEY = /^[-a-z0-9]*$/;
/**
 * Ties between distinct keys that collate as equal (NFC `é` and NFD `e\u0301`, or `a` and
 * `a\u200b`) are broken by code units, so the canonical form never depends on the order keys were
 * written in. OpenClaw keeps file order there (its hash then depends on key order); this is the
 * only place the two can differ.
 */
function byCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
const FIRST_PRINTABLE = 0x20;
const LAST_PRINTABLE = 0x7e;
/** Primary collation weight of each printable ASCII character (index = char code). */
const PRIMARY_WEIGHT = (() => {
    const primary = new Intl.Collator('en-US', { sensitivity: 'base' });
    const characters = [];
    for (let code = FIRST_PRINTABLE; code <= LAST_PRINTABLE; code++)
        characters.push(String.fromCharCode(code));
    characters.sort(collator.compare);
    const weights = [];
    let weight = 0;
    characters.forEach((character, index) => {
        if (index > 0 && primary.compare(characters[index - 1], character) !== 0)
            weight++;
        weights[character.charCodeAt(0)] = weight;
    });
    return weights;
})();
function isPrintableAscii(text) {
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code < FIRST_PRINTABLE || code > LAST_PRINTABLE)
            return false;
    }
    return true;
}
function isUpperAscii(code) {
    return code >= 0x41 && code <= 0x5a;
}
/** Nesting beyond this is refused rather than risking the stack (inputs are capped far lower). */
const MAX_CANONICAL_DEPTH = 4096;
class CanonicalDepthError extends Error {
    constructor() {
        super(`value nests deeper than ${MAX_CANONICAL_DEPTH} levels`);
        this.name = 'CanonicalDepthError';
    }
}
/**
 * Canonical JSON (SPEC.md §4): arrays keep order, object keys sorted by `compareKeys`, no
 * whitespace. A property whose value is `undefined` is written as the bare text `undefined`,
 * an OpenClaw quirk that attestation hashes depend on.
 */
function canonicalJson(value) {
    return canonicalOf(value, 0);
}
// Records are written key by key; each array goes through the native fast path with the key list
// of its own subtree (a short list, so JSON.stringify probes few absent keys per element).
function canonicalOf(value, depth) {
    if (depth > MAX_CANONICAL_DEPTH)
        throw new CanonicalDepthError();
    if (Array.isArray(value)) {
        const keyOrder = canonicalKeyOrder(value);
        return keyOrder === undefined ? writeCanonical(value, depth) : JSON.stringify(value, keyOrder);
    }
    if (value === null || typeof value !== 'object')
        return writeCanonical(value, depth);
    const record = value;
    const parts = sortedKeys(record).map((key) => `${JSON.stringify(key)}:${canonicalOf(record[key], depth + 1)}`);
    return `{${parts.join(',')}}`;
}
// Fast path. Given an array replacer, JSON.stringify writes every object's properties in the
// order of that list (ECMA-262 SerializeJSONObject uses the PropertyList, even for integer-like
// keys), so the union of all keys, sorted once, yields the canonical form in one native call.
// Three cases keep the exact writer: `undefined` values (JSON.stringify drops them, the
// canonical form writes them); a "__proto__" key (JSON.stringify reads listed keys with [[Get]],
// which finds the inherited prototype on objects lacking their own); and two distinct keys that
// collate as equal (their relative order would depend on each object's insertion order).
function canonicalKeyOrder(value) {
    const keys = new Set();
    lastCollected = [];
    if (!collectKeys(value, keys, 0) || keys.has('__proto__'))
        return undefined;
    const order = [...keys].sort(compareKeys);
    for (let i = 1; i < order.length; i++) {
        if (compareKeys(order[i - 1], order[i]) === 0)
            return undefined;
    }
    return order;
}
function collectKeys(value, keys, depth) {
    if (value === undefined)
        return false;
    if (typeof value !== 'object' || value === null)
        return true;
    if (depth > MAX_CANONICAL_DEPTH)
        throw new CanonicalDepthError();
    if (Array.isArray(value)) {
        for (const item of value)
            if (!collectKeys(item, keys, depth + 1))
                return false;
        return true;
    }
    const record = value;
    const own = Object.keys(record);
    // Objects of one array nearly always share their key list: add it to the set once.
    if (!sameKeys(own, lastCollected)) {
        for (const key of own)
            keys.add(key);
        lastCollected = own;
    }
    for (const key of own)
        if (!collectKeys(record[key], keys, depth + 1))
            return false;
    return true;
}
/** The key list `collectKeys` last added; reset for every new set. */
let lastCollected = [];
function sameKeys(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return false;
    return true;
}
function sortedKeys(record) {
    return Object.keys(record).sort(compareKeys);
}
/** The exact canonical writer; `canonicalJson` uses it whenever the fast path could differ. */
function writeCanonical(value, depth = 0) {
    switch (typeof value) {
        case 'string':
            return JSON.stringify(value);
        case 'number':
            return Number.isFinite(value) ? String(value) : 'null';
        case 'boolean':
            return value ? 'true' : 'false';
        case 'undefined':
            return 'undefined';
        case 'object':
            break;
        default:
            // bigint, symbol, function: what JSON.stringify does with them (never produced by JSON5).
            return String(JSON.stringify(value));
    }
    if (value === null)
        return 'null';
    if (depth > MAX_CANONICAL_DEPTH)
        throw new CanonicalDepthError();
    if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i++) {
            if (i > 0)
                out += ',';
            out += writeCanonical(value[i], depth + 1);
        }
        return `${out}]`;
    }
    const record = value;
    let out = '{';
    let first = true;
    for (const key of sortedKeys(record)) {
        if (!first)
            out += ',';
        first = false;
        out += `${JSON.stringify(key)}:${writeCanonical(record[key], depth + 1)}`;
    }
    return `${out}}`;
}
/** `H(v)`: "sha256:" + lowercase hex SHA-256 of the UTF-8 canonical form. */
function canonical_json_hashOf(value) {
    return sha256Hash(canonicalJson(value));
}
/** "sha256:" + lowercase hex SHA-256 of the UTF-8 text (already in canonical form). */
function sha256Hash(canonicalText) {
    return `sha256:${(0,external_node_crypto_namespaceObject.createHash)('sha256').update(canonicalText, 'utf8').digest('hex')}`;
}

;// CONCATENATED MODULE: ./lib/engine/findings.js
/** Builds a finding with SPEC.md §2.3's key order, leaving out absent keys. */
function finding(fields) {
    const out = {
        checkId: fields.checkId,
        severity: fields.severity ?? 'error',
        message: fields.message,
        source: 'policy',
    };
    if (fields.path !== undefined)
        out.path = fields.path;
    if (fields.line !== undefined)
        out.line = fields.line;
    if (fields.ocPath !== undefined)
        out.ocPath = fields.ocPath;
    if (fields.target !== undefined)
        out.target = fields.target;
    if (fields.requirement !== undefined)
        out.requirement = fields.requirement;
    if (fields.fixHint !== undefined)
        out.fixHint = fields.fixHint;
    return out;
}
/** Reduces any finding-like object to exactly the attested shape (drops display extras). */
function attestedShape(f) {
    return finding(f);
}
const POLICY_INVALID = 'policy/policy-jsonc-invalid';
const POLICY_MISSING = 'policy/policy-jsonc-missing';
const POLICY_HASH_MISMATCH = 'policy/policy-hash-mismatch';
const findings_ATTESTATION_HASH_MISMATCH = 'policy/attestation-hash-mismatch';
const CONFIG_INVALID = 'policy/config-invalid';

;// CONCATENATED MODULE: ./lib/engine/oc-path.js
// `oc://` addresses (SPEC.md §3.2). Quoting follows OpenClaw exactly, including its quirk of
// leaving a segment raw when it contains `"` or `\` (it never escapes).
const RAW_SEGMENT = /^(?:[A-Za-z0-9_-]+|#\d+)$/;
function ocSegment(value) {
    if (RAW_SEGMENT.test(value))
        return value;
    if (value.includes('"') || value.includes('\\'))
        return value;
    return `"${value}"`;
}
const CONFIG_DOCUMENT = 'oc://openclaw.config';
function configAddress(...segments) {
    let address = CONFIG_DOCUMENT;
    for (const segment of segments)
        address += `/${segment}`;
    return address;
}
function policyAddress(policyDocument, ...segments) {
    return [`oc://${policyDocument}`, ...segments].join('/');
}
function toolAddress(toolId) {
    return `oc://TOOLS.md/tools/${toolId}`;
}

;// CONCATENATED MODULE: ./lib/engine/strictness.js


const CONFORMANCE_MISSING = 'policy/policy-conformance-missing';
const CONFORMANCE_WEAKER = 'policy/policy-conformance-weaker';
const CONFORMANCE_INVALID = 'policy/policy-conformance-invalid';
/** The candidate lacks a rule the baseline has. */
function missingRule(names, rule, detail) {
    return weakening('missing', names, rule, detail);
}
/** The candidate has the rule, but it imposes less. */
function weakerRule(names, rule, detail) {
    return weakening('weaker', names, rule, detail);
}
function weakening(kind, names, rule, detail) {
    const segments = rule.split('.');
    const candidate = names.candidate.display;
    return {
        rule,
        kind,
        detail,
        finding: finding({
            checkId: kind === 'missing' ? CONFORMANCE_MISSING : CONFORMANCE_WEAKER,
            message: kind === 'missing'
                ? `${candidate} is missing ${rule}.`
                : `${candidate} ${rule} is weaker than the baseline policy.`,
            path: candidate,
            target: policyAddress(names.candidate.document, ...segments),
            requirement: policyAddress(names.baseline.document, ...segments),
            fixHint: kind === 'missing'
                ? `Add an equally or more restrictive ${rule} rule, or update the baseline policy after review.`
                : `Use an equally or more restrictive ${rule} value, or update the baseline policy after review.`,
        }),
    };
}
/** An allowlist may only shrink, and a non-empty one may not become empty or disappear. */
function compareAllowlist(names, rule, baseline, candidate) {
    if (baseline.length === 0)
        return [];
    if (candidate === undefined || candidate.length === 0) {
        return [
            missingRule(names, rule, `the allowlist (${baseline.map(quote).join(', ')}) was removed or emptied, which allows everything`),
        ];
    }
    const allowed = new Set(baseline);
    const added = candidate.filter((entry) => !allowed.has(entry));
    return added.length === 0
        ? []
        : [weakerRule(names, rule, `allows ${added.map(quote).join(', ')}, not in the baseline allowlist`)];
}
/** A denylist may only grow. */
function compareDenylist(names, rule, baseline, candidate) {
    if (baseline.length === 0)
        return [];
    const denied = new Set(candidate ?? []);
    const dropped = baseline.filter((entry) => !denied.has(entry));
    if (dropped.length === 0)
        return [];
    if (candidate === undefined || candidate.length === 0)
        return [missingRule(names, rule, `no longer denies ${dropped.map(quote).join(', ')}`)];
    return [weakerRule(names, rule, `no longer denies ${dropped.map(quote).join(', ')}`)];
}
function quote(value) {
    return `'${value}'`;
}

;// CONCATENATED MODULE: ./lib/engine/record.js
/** A plain JSON object (not an array, not null) — what OpenClaw calls a record. */
function record_isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The record itself, or an empty one for anything else. */
function recordOrEmpty(value) {
    return record_isRecord(value) ? value : {};
}
/** Walks `path` through nested records; undefined as soon as a step is not a record. */
function valueAtPath(value, path) {
    let current = value;
    for (const key of path) {
        if (!record_isRecord(current))
            return undefined;
        current = current[key];
    }
    return current;
}

;// CONCATENATED MODULE: ./lib/engine/policy-shape.js



/**
 * SPEC.md §2.1 validator 1: the top level, then every family's containers in order; only the
 * first failure is reported. Absent containers are fine (a rule runs only when present).
 */
function containerShapeFinding(policy, containers, name) {
    const d = name.display;
    if (!record_isRecord(policy)) {
        return invalid(name, [], `${d} must contain a policy object.`, `Fix ${d} so the top-level policy is an object.`);
    }
    for (const rule of containers) {
        const value = presentValueAt(policy, rule.path);
        if (value === undefined)
            continue;
        const problem = containerProblem(rule, value.value, name);
        if (problem)
            return problem;
    }
    return undefined;
}
/** The value at `path` when every parent is a record and the value is present. */
function presentValueAt(policy, path) {
    let current = policy;
    for (const key of path) {
        if (!record_isRecord(current) || !Object.hasOwn(current, key))
            return undefined;
        current = current[key];
    }
    return current === undefined ? undefined : { value: current };
}
function containerProblem(rule, value, name) {
    const d = name.display;
    const dotted = rule.path.join('.');
    switch (rule.kind) {
        case 'object':
            return record_isRecord(value)
                ? undefined
                : invalid(name, rule.path, `${d} ${dotted} must be an object.`, `Fix ${d} so ${dotted} is an object.`);
        case 'array':
            return Array.isArray(value)
                ? undefined
                : invalid(name, rule.path, `${d} ${dotted} must be an array.`, `Fix ${d} so ${dotted} is an array.`);
        case 'boolean':
            return typeof value === 'boolean'
                ? undefined
                : invalid(name, rule.path, `${d} ${dotted} must be a boolean.`, `Fix ${d} so ${dotted} is true or false.`);
        case 'string-list': {
            if (!Array.isArray(value)) {
                return invalid(name, rule.path, `${d} ${dotted} must be an array.`, `Fix ${d} so ${dotted} is an array of ${rule.noun.many}.`);
            }
            const bad = value.findIndex((entry) => typeof entry !== 'string' || entry.trim() === '');
            if (bad < 0)
                return undefined;
            return invalid(name, [...rule.path, `#${bad}`], `${d} ${dotted}[${bad}] must be a non-empty string.`, `Fix ${d} so each ${dotted} entry is ${rule.noun.one}.`);
        }
    }
}
/** A `policy-jsonc-invalid` finding addressed at a policy path (no ocPath, no requirement). */
function invalid(name, segments, message, fixHint) {
    return finding({
        checkId: POLICY_INVALID,
        message,
        path: name.display,
        target: policyAddress(name.document, ...segments),
        fixHint,
    });
}

;// CONCATENATED MODULE: ./lib/engine/families/channels.js






const DENIED_PROVIDER = 'policy/channels-denied-provider';
/** Keys of `config.channels` that configure all channels rather than being one. */
const RESERVED_CHANNEL_KEYS = new Set(['defaults', 'modelByChannel']);
const channelsFamily = {
    name: 'channels',
    checkIds: [DENIED_PROVIDER],
    containers: [{ path: ['channels'], kind: 'object' }],
    collectEvidence: ({ config }) => ({ channels: scanChannels(config) }),
    hashedEntries: {
        channels: (c) => ({
            enabled: c.enabled,
            id: c.id,
            provider: c.provider,
            source: c.source,
        }),
    },
    describeRules(policy) {
        const rules = record_isRecord(policy.channels) && Array.isArray(policy.channels.denyRules) ? policy.channels.denyRules : [];
        return rules.flatMap((rule, index) => {
            const parsed = parseDenyRule(rule, index);
            return parsed ? [{ rule: 'channels.denyRules', value: parsed.provider }] : [];
        });
    },
    compareStrictness(baseline, candidate, names) {
        const denied = (policy) => channelsFamily.describeRules(policy).map((rule) => rule.value);
        const before = [...new Set(denied(baseline))];
        if (before.length === 0)
            return [];
        const after = new Set(denied(candidate));
        const dropped = before.filter((provider) => !after.has(provider));
        if (dropped.length === 0)
            return [];
        const detail = `no longer denies channels of provider ${dropped.map((p) => `'${p}'`).join(', ')}`;
        return after.size === 0
            ? [missingRule(names, 'channels.denyRules', detail)]
            : [weakerRule(names, 'channels.denyRules', detail)];
    },
    findings({ policy, name, evidence }) {
        const rules = readDenyRules(policy.channels, name);
        if (rules === undefined)
            return [];
        if ('invalid' in rules)
            return [rules.invalid];
        const out = [];
        for (const channel of evidence.channels) {
            if (channel.enabled === false)
                continue;
            const rule = rules.list.find((candidate) => candidate.provider === channel.provider);
            if (rule === undefined)
                continue;
            out.push(finding({
                checkId: DENIED_PROVIDER,
                message: `Channel '${channel.id}' uses denied provider '${channel.provider}'.`,
                path: 'openclaw config',
                ocPath: channel.source,
                target: channel.source,
                requirement: policyAddress(name.document, 'channels', 'denyRules', `#${rule.index}`),
                fixHint: rule.reason ?? 'Disable this channel, remove it from config, or update the policy deny rule.',
            }));
        }
        return out;
    },
};
function scanChannels(config) {
    const entries = Object.entries(recordOrEmpty(config.channels)).filter(([id]) => !RESERVED_CHANNEL_KEYS.has(id));
    return sortByKey(entries, ([id]) => id).map(([id, value]) => {
        const entry = { id, provider: id, source: configAddress('channels', id) };
        if (record_isRecord(value) && typeof value.enabled === 'boolean')
            entry.enabled = value.enabled;
        return entry;
    });
}
/**
 * SPEC.md §2.1 validator 2. While any rule is malformed the family reports only that, so a
 * half-valid list can never produce a partial verdict.
 */
function readDenyRules(channels, name) {
    if (!record_isRecord(channels) || channels.denyRules === undefined)
        return undefined;
    const d = name.display;
    if (!Array.isArray(channels.denyRules)) {
        return {
            invalid: invalid(name, ['channels', 'denyRules'], `${d} channels.denyRules must be an array.`, `Fix ${d} so channel deny rules are an array.`),
        };
    }
    const list = [];
    for (const [index, rule] of channels.denyRules.entries()) {
        const parsed = parseDenyRule(rule, index);
        if (parsed === undefined) {
            return {
                invalid: invalid(name, ['channels', 'denyRules', `#${index}`], `${d} channels.denyRules[${index}] must define when.provider as a string.`, `Fix ${d} so each channel deny rule has a provider match.`),
            };
        }
        list.push(parsed);
    }
    return { list };
}
function parseDenyRule(rule, index) {
    if (!record_isRecord(rule) || !record_isRecord(rule.when) || typeof rule.when.provider !== 'string')
        return undefined;
    if (rule.id !== undefined && typeof rule.id !== 'string')
        return undefined;
    if (rule.reason !== undefined && typeof rule.reason !== 'string')
        return undefined;
    return { index, provider: rule.when.provider, reason: rule.reason };
}

;// CONCATENATED MODULE: ./lib/engine/policy-lists.js

/**
 * A policy string list as rules read it: trimmed, blank entries dropped; a list holding any
 * non-string, or a value that is not a list, imposes nothing (the shape validator reports it).
 * That is OpenClaw's reading (recorded in test/fixtures/conformance).
 */
function policyStringList(policy, path, normalize = (entry) => entry.trim()) {
    const value = valueAtPath(policy, path);
    if (!Array.isArray(value) || !value.every((entry) => typeof entry === 'string'))
        return [];
    const out = [];
    for (const entry of value) {
        const normalized = normalize(entry);
        if (normalized !== '')
            out.push(normalized);
    }
    return out;
}
/** Like `policyStringList`, but undefined when the list is absent (to tell "removed" from "emptied"). */
function presentList(policy, path, normalize) {
    return valueAtPath(policy, path) === undefined ? undefined : policyStringList(policy, path, normalize);
}

;// CONCATENATED MODULE: ./lib/engine/families/mcp.js






const DENIED = 'policy/mcp-denied-server';
const UNAPPROVED = 'policy/mcp-unapproved-server';
const SERVER_IDS = { one: 'a MCP server id', many: 'MCP server ids' };
const ALLOW = ['mcp', 'servers', 'allow'];
const DENY = ['mcp', 'servers', 'deny'];
const mcpFamily = {
    name: 'mcp',
    checkIds: [DENIED, UNAPPROVED],
    containers: [
        { path: ['mcp'], kind: 'object' },
        { path: ['mcp', 'servers'], kind: 'object' },
        { path: ['mcp', 'servers', 'allow'], kind: 'string-list', noun: SERVER_IDS },
        { path: ['mcp', 'servers', 'deny'], kind: 'string-list', noun: SERVER_IDS },
    ],
    collectEvidence: ({ config }) => ({ mcpServers: scanMcpServers(config) }),
    hashedEntries: {
        mcpServers: (s) => ({
            command: s.command,
            id: s.id,
            source: s.source,
            transport: s.transport,
            url: s.url,
        }),
    },
    describeRules: (policy) => [
        ...policyStringList(policy, ['mcp', 'servers', 'allow']).map((value) => ({
            rule: 'mcp.servers.allow',
            value,
        })),
        ...policyStringList(policy, ['mcp', 'servers', 'deny']).map((value) => ({
            rule: 'mcp.servers.deny',
            value,
        })),
    ],
    compareStrictness: (baseline, candidate, names) => [
        ...compareAllowlist(names, 'mcp.servers.allow', policyStringList(baseline, ALLOW), presentList(candidate, ALLOW)),
        ...compareDenylist(names, 'mcp.servers.deny', policyStringList(baseline, DENY), presentList(candidate, DENY)),
    ],
    findings({ policy, name, evidence }) {
        const allow = new Set(policyStringList(policy, ['mcp', 'servers', 'allow']));
        const deny = new Set(policyStringList(policy, ['mcp', 'servers', 'deny']));
        const out = [];
        for (const server of evidence.mcpServers) {
            const common = { path: 'openclaw config', ocPath: server.source, target: server.source };
            if (deny.has(server.id)) {
                out.push(finding({
                    checkId: DENIED,
                    message: `MCP server '${server.id}' is denied by policy.`,
                    ...common,
                    requirement: policyAddress(name.document, 'mcp', 'servers', 'deny'),
                    fixHint: 'Remove this configured MCP server or update the policy after review.',
                }));
            }
            else if (allow.size > 0 && !allow.has(server.id)) {
                out.push(finding({
                    checkId: UNAPPROVED,
                    message: `MCP server '${server.id}' is not in the policy allowlist.`,
                    ...common,
                    requirement: policyAddress(name.document, 'mcp', 'servers', 'allow'),
                    fixHint: 'Use an approved MCP server or update the policy after review.',
                }));
            }
        }
        return out;
    },
};
function scanMcpServers(config) {
    return sortByKey(Object.entries(recordOrEmpty(recordOrEmpty(config.mcp).servers)), ([id]) => id).map(([id, value]) => {
        const entry = {
            id,
            transport: transportOf(value),
            source: configAddress('mcp', 'servers', ocSegment(id)),
        };
        if (record_isRecord(value)) {
            if (typeof value.command === 'string')
                entry.command = value.command;
            if (typeof value.url === 'string')
                entry.url = redactUrl(value.url);
        }
        return entry;
    });
}
function transportOf(value) {
    if (!record_isRecord(value))
        return 'unknown';
    if (typeof value.command === 'string')
        return 'stdio';
    if (value.transport === 'sse' || value.transport === 'streamable-http')
        return value.transport;
    if (typeof value.url === 'string')
        return 'streamable-http';
    return 'unknown';
}
/** Only scheme and host reach evidence: never credentials, paths or query strings. */
function redactUrl(raw) {
    return plainUrlOrigin(raw) ?? parsedUrlOrigin(raw);
}
function parsedUrlOrigin(raw) {
    let url;
    try {
        url = new URL(raw); // one parse (URL.canParse then new URL would parse twice)
    }
    catch {
        return '[redacted-url]';
    }
    return `${url.protocol}//${url.host}`;
}
/**
 * `protocol//host` of the plainest URLs, read without the URL parser (whose cold start costs
 * more than the rest of the MCP scan): a lowercase http(s) or ws(s) scheme, userinfo without `@`,
 * a host of lowercase ASCII labels whose last one starts with a letter (so no IPv4 or IDNA
 * rewriting applies), and a port without leading zeros. Anything else, or anything the URL
 * parser would clean up first (spaces, tabs, backslashes, non-ASCII), goes to the parser. A
 * property test holds the two equal.
 */
function plainUrlOrigin(raw) {
    const match = PLAIN_URL.exec(raw);
    if (match === null || UNCLEAN.test(raw))
        return undefined;
    const [, scheme, host, port] = match;
    if (host.includes('xn--'))
        return undefined;
    if (port === undefined || port === DEFAULT_PORTS[scheme])
        return `${scheme}://${host}`;
    return Number(port) <= 65535 ? `${scheme}://${host}:${port}` : undefined;
}
const PLAIN_URL = /^(https?|wss?):\/\/(?:[^@/?#\\]*@)?((?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*)(?::([1-9][0-9]{0,4}))?(?=[/?#]|$)/;
const UNCLEAN = /[^\x21-\x7e]|\\/;
const DEFAULT_PORTS = { http: '80', https: '443', ws: '80', wss: '443' };

;// CONCATENATED MODULE: ./lib/engine/provider-ids.js
// OpenClaw compares model providers by a normalised id: trimmed, lowercased, aliases folded.
const PROVIDER_ALIASES = new Map([
    ['modelstudio', 'qwen'],
    ['qwencloud', 'qwen'],
    ['z.ai', 'zai'],
    ['z-ai', 'zai'],
    ['opencode-zen', 'opencode'],
    ['opencode-go-auth', 'opencode-go'],
    ['anthropic-cli', 'claude-cli'],
    ['kimi-code', 'kimi'],
    ['kimi-coding', 'kimi'],
    ['moonshotai', 'moonshot'],
    ['moonshot-ai', 'moonshot'],
    ['bedrock', 'amazon-bedrock'],
    ['aws-bedrock', 'amazon-bedrock'],
    ['bytedance', 'volcengine'],
    ['doubao', 'volcengine'],
]);
function normalizeProviderId(raw) {
    const lowered = raw.trim().toLowerCase();
    return PROVIDER_ALIASES.get(lowered) ?? lowered;
}
/** 2026.9.6 compares provider ids trimmed and lowercased only: no alias table (SPEC-2026.9 §1). */
function normalizeProviderIdPlain(raw) {
    return raw.trim().toLowerCase();
}

;// CONCATENATED MODULE: ./lib/engine/current/configured-agents.js



/**
 * `collectPolicyConfiguredAgents` (SPEC-2026.9 §7): `agents.entries` when that key is set (after
 * OpenClaw's loader it always is), sorted by id; else the legacy `agents.list`.
 */
function configuredAgents(config) {
    const agents = record_isRecord(config.agents) ? config.agents : {};
    if (Object.hasOwn(agents, 'entries') && agents.entries !== undefined) {
        if (!record_isRecord(agents.entries))
            return [];
        return sortByKey(Object.entries(agents.entries), ([id]) => id).map(([agentId, value]) => ({
            agentId,
            sourceBase: configAddress('agents', 'entries', ocSegment(agentId)),
            value,
        }));
    }
    if (!Array.isArray(agents.list))
        return [];
    return agents.list.map((value, index) => ({
        agentId: record_isRecord(value) && typeof value.id === 'string' && value.id.trim() !== ''
            ? value.id.trim()
            : `agent-${index}`,
        sourceBase: configAddress('agents', 'list', `#${index}`),
        value,
    }));
}
/** The configured agents whose settings are an object: the only ones the scanners read. */
function configuredAgentSettings(config) {
    return configuredAgents(config).filter((agent) => record_isRecord(agent.value));
}

;// CONCATENATED MODULE: ./lib/engine/families/model-refs.js





const AGENTS_SOURCE = configAddress('agents');
const AGENT_DEFAULTS_SOURCE = configAddress('agents', 'defaults');
const AGENT_ENTRY_SOURCE = /^oc:\/\/openclaw\.config\/agents\/list\/#\d+$/;
const RELEASE_2026_5_20 = { normalizeProviderId: normalizeProviderId, emulateLoader: true };
function scanModelProviders(config, normalize = normalizeProviderId) {
    return sortByKey(Object.keys(recordOrEmpty(recordOrEmpty(config.models).providers)), (key) => key).map((key) => ({ id: normalize(key), source: configAddress('models', 'providers', key) }));
}
/**
 * Every model ref under `config.agents`: model settings found by walking (keys `model` or
 * `…Model`), plus the keys of the model allowlists (`agents.defaults.models`,
 * `agents.list[i].models`). Sorted by provider, then model.
 *
 * OpenClaw's config loader rewrites the agent-level `model` settings and the allowlist keys before
 * the policy sees them: trimmed, provider normalised (` Bedrock/titan ` → `amazon-bedrock/titan`).
 * Other model settings (`imageModel`, a nested `subagents.model`) keep their text. We reproduce
 * that so hashes match a real OpenClaw run (recorded in test/fixtures/conformance).
 */
function scanModelRefs(config, reading = RELEASE_2026_5_20) {
    const refs = [];
    if (record_isRecord(config.agents)) {
        walkForModelSettings(refs, config.agents, AGENTS_SOURCE, reading);
        if (reading.emulateLoader)
            collectAllowlistKeys(refs, config.agents, reading);
        else
            collectConfiguredAllowlists(refs, config, reading);
    }
    // Provider, then model: two stable passes (model first) give exactly that order, ties kept.
    return sortByKey(sortByKey(refs, (ref) => ref.model), (ref) => ref.provider);
}
function isModelSettingKey(key) {
    return key === 'model' || key.endsWith('Model');
}
// Recursive on purpose: ties in the final stable sort keep this visiting order, which must be
// OpenClaw's. Depth is bounded by the JSON reader (MAX_JSON_DEPTH), so the stack is safe.
function walkForModelSettings(refs, record, source, reading) {
    for (const key of Object.keys(record)) {
        const child = record[key];
        if (isModelSettingKey(key)) {
            const rewritten = reading.emulateLoader && key === 'model' && isAgentLevel(source);
            collectModelSetting(refs, child, `${source}/${key}`, rewritten, reading);
        }
        else if (Array.isArray(child)) {
            for (let index = 0; index < child.length; index++) {
                const item = child[index];
                if (record_isRecord(item))
                    walkForModelSettings(refs, item, `${source}/${key}/#${index}`, reading);
            }
        }
        else if (record_isRecord(child)) {
            walkForModelSettings(refs, child, `${source}/${key}`, reading);
        }
    }
}
/** `agents.defaults` or an `agents.list` entry: where the loader rewrites `model`. */
function isAgentLevel(source) {
    return source === AGENT_DEFAULTS_SOURCE || AGENT_ENTRY_SOURCE.test(source);
}
function collectModelSetting(refs, value, source, rewritten, reading) {
    if (typeof value === 'string') {
        pushRef(refs, value, source, reading, rewritten);
        return;
    }
    if (!record_isRecord(value))
        return;
    if (typeof value.primary === 'string')
        pushRef(refs, value.primary, `${source}/primary`, reading, rewritten);
    if (Array.isArray(value.fallbacks)) {
        value.fallbacks.forEach((fallback, index) => {
            if (typeof fallback === 'string')
                pushRef(refs, fallback, `${source}/fallbacks/#${index}`, reading, rewritten);
        });
    }
}
/** A ref as OpenClaw's config loader writes it back: `provider/model`, trimmed, provider normalised. */
function loaderRef(ref, reading) {
    const parsed = splitRef(ref, reading);
    return parsed ? `${parsed.provider}/${parsed.model}` : ref;
}
function collectAllowlistKeys(refs, agents, reading) {
    const defaults = agents.defaults;
    if (record_isRecord(defaults) && record_isRecord(defaults.models)) {
        pushAllowlist(refs, defaults.models, configAddress('agents', 'defaults', 'models'), reading);
    }
    if (!Array.isArray(agents.list))
        return;
    agents.list.forEach((agent, index) => {
        if (record_isRecord(agent) && record_isRecord(agent.models)) {
            pushAllowlist(refs, agent.models, configAddress('agents', 'list', `#${index}`, 'models'), reading);
        }
    });
}
/** Allowlist keys are rewritten by the loader too; keys that become equal merge, as object keys do. */
function pushAllowlist(refs, models, source, reading) {
    const keys = new Set(Object.keys(models).map((key) => loaderRef(key, reading)));
    for (const key of keys)
        pushRef(refs, key, `${source}/${ocSegment(key)}`, reading);
}
/** 2026.9.6: the allowlists of `agents.defaults` and of every configured agent, keys as loaded. */
function collectConfiguredAllowlists(refs, config, reading) {
    const defaults = recordOrEmpty(config.agents).defaults;
    const allowlists = [
        [record_isRecord(defaults) ? defaults.models : undefined, configAddress('agents', 'defaults', 'models')],
        ...configuredAgents(config).map((agent) => [
            record_isRecord(agent.value) ? agent.value.models : undefined,
            `${agent.sourceBase}/models`,
        ]),
    ];
    for (const [models, source] of allowlists) {
        if (!record_isRecord(models))
            continue;
        for (const key of Object.keys(models))
            pushRef(refs, key, `${source}/${ocSegment(key)}`, reading);
    }
}
/**
 * Adds `text` as a ref when it splits into provider and model. A ref the loader rewrote reads
 * `provider/model` from that split (splitting it again gives the same halves).
 */
function pushRef(refs, text, source, reading, rewritten = false) {
    const parsed = splitRef(text, reading);
    if (parsed === undefined)
        return;
    const ref = rewritten ? `${parsed.provider}/${parsed.model}` : text;
    refs.push({ ref, provider: parsed.provider, model: parsed.model, source });
}
/** `provider/model` split at the first `/` of the trimmed ref; both halves must be non-empty. */
function splitRef(ref, reading) {
    const trimmed = ref.trim();
    const slash = trimmed.indexOf('/');
    if (slash <= 0 || slash >= trimmed.length - 1)
        return undefined;
    return {
        provider: reading.normalizeProviderId(trimmed.slice(0, slash)),
        model: trimmed.slice(slash + 1),
    };
}

;// CONCATENATED MODULE: ./lib/engine/families/models.js






const models_DENIED = 'policy/models-denied-provider';
const models_UNAPPROVED = 'policy/models-unapproved-provider';
const PROVIDER_IDS = { one: 'a model provider id', many: 'model provider ids' };
const models_ALLOW = ['models', 'providers', 'allow'];
const models_DENY = ['models', 'providers', 'deny'];
const modelsFamily = {
    name: 'models',
    checkIds: [models_DENIED, models_UNAPPROVED],
    containers: [
        { path: ['models'], kind: 'object' },
        { path: ['models', 'providers'], kind: 'object' },
        { path: ['models', 'providers', 'allow'], kind: 'string-list', noun: PROVIDER_IDS },
        { path: ['models', 'providers', 'deny'], kind: 'string-list', noun: PROVIDER_IDS },
    ],
    collectEvidence: ({ config }) => ({
        modelProviders: scanModelProviders(config),
        modelRefs: scanModelRefs(config),
    }),
    hashedEntries: {
        modelProviders: (p) => ({
            id: p.id,
            source: p.source,
        }),
        modelRefs: (r) => ({
            model: r.model,
            provider: r.provider,
            ref: r.ref,
            source: r.source,
        }),
    },
    describeRules: (policy) => [
        ...policyStringList(policy, ['models', 'providers', 'allow'], normalizeProviderId).map((value) => ({
            rule: 'models.providers.allow',
            value,
        })),
        ...policyStringList(policy, ['models', 'providers', 'deny'], normalizeProviderId).map((value) => ({
            rule: 'models.providers.deny',
            value,
        })),
    ],
    compareStrictness: (baseline, candidate, names) => [
        ...compareAllowlist(names, 'models.providers.allow', policyStringList(baseline, models_ALLOW, normalizeProviderId), presentList(candidate, models_ALLOW, normalizeProviderId)),
        ...compareDenylist(names, 'models.providers.deny', policyStringList(baseline, models_DENY, normalizeProviderId), presentList(candidate, models_DENY, normalizeProviderId)),
    ],
    findings: ({ policy, name, evidence }) => modelProviderFindings(policy, name, evidence, normalizeProviderId),
};
/** Providers and refs judged against the allow and deny lists, providers compared after `normalize`. */
function modelProviderFindings(policy, name, evidence, normalize) {
    const allow = new Set(policyStringList(policy, ['models', 'providers', 'allow'], normalize));
    const deny = new Set(policyStringList(policy, ['models', 'providers', 'deny'], normalize));
    const denyRequirement = policyAddress(name.document, 'models', 'providers', 'deny');
    const allowRequirement = policyAddress(name.document, 'models', 'providers', 'allow');
    const out = [];
    // Texts are built only for a provider that is judged: most are allowed.
    const judge = (provider, source, texts) => {
        const denied = deny.has(provider);
        if (!denied && (allow.size === 0 || allow.has(provider)))
            return;
        const text = texts();
        out.push(finding({
            checkId: denied ? models_DENIED : models_UNAPPROVED,
            message: denied ? text.denied : text.unapproved,
            path: 'openclaw config',
            ocPath: source,
            target: source,
            requirement: denied ? denyRequirement : allowRequirement,
            fixHint: denied ? text.deniedHint : text.unapprovedHint,
        }));
    };
    for (const provider of evidence.modelProviders) {
        judge(provider.id, provider.source, () => ({
            denied: `Model provider '${provider.id}' is denied by policy.`,
            deniedHint: 'Remove this configured provider or update the policy after review.',
            unapproved: `Model provider '${provider.id}' is not in the policy allowlist.`,
            unapprovedHint: 'Use an approved model provider or update the policy after review.',
        }));
    }
    for (const ref of evidence.modelRefs) {
        judge(ref.provider, ref.source, () => ({
            denied: `Model ref '${ref.ref}' uses denied provider '${ref.provider}'.`,
            deniedHint: 'Select an approved model provider or update the policy after review.',
            unapproved: `Model ref '${ref.ref}' uses unapproved provider '${ref.provider}'.`,
            unapprovedHint: 'Select an approved model provider or update the policy after review.',
        }));
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/engine/families/network.js




const PRIVATE_ACCESS = 'policy/network-private-access-enabled';
/** The private-network escape hatches, in the fixed order evidence lists them. */
const PRIVATE_NETWORK_SETTINGS = [
    ['browser-private-network', ['browser', 'ssrfPolicy', 'dangerouslyAllowPrivateNetwork']],
    ['browser-private-network-legacy', ['browser', 'ssrfPolicy', 'allowPrivateNetwork']],
    ['web-fetch-private-network', ['tools', 'web', 'fetch', 'ssrfPolicy', 'dangerouslyAllowPrivateNetwork']],
    ['web-fetch-private-network-legacy', ['tools', 'web', 'fetch', 'ssrfPolicy', 'allowPrivateNetwork']],
    [
        'web-fetch-rfc2544-benchmark-range',
        ['tools', 'web', 'fetch', 'ssrfPolicy', 'allowRfc2544BenchmarkRange'],
    ],
    ['web-fetch-ipv6-unique-local-range', ['tools', 'web', 'fetch', 'ssrfPolicy', 'allowIpv6UniqueLocalRange']],
];
const networkFamily = {
    name: 'network',
    checkIds: [PRIVATE_ACCESS],
    containers: [
        { path: ['network'], kind: 'object' },
        { path: ['network', 'privateNetwork'], kind: 'object' },
        { path: ['network', 'privateNetwork', 'allow'], kind: 'boolean' },
    ],
    collectEvidence: ({ config }) => ({ network: scanNetwork(config) }),
    hashedEntries: {
        network: (n) => ({
            id: n.id,
            source: n.source,
            value: n.value,
        }),
    },
    describeRules(policy) {
        const allow = valueAtPath(policy, ['network', 'privateNetwork', 'allow']);
        return typeof allow === 'boolean' ? [{ rule: 'network.privateNetwork.allow', value: String(allow) }] : [];
    },
    compareStrictness(baseline, candidate, names) {
        const rule = 'network.privateNetwork.allow';
        if (valueAtPath(baseline, ['network', 'privateNetwork', 'allow']) !== false)
            return [];
        const now = valueAtPath(candidate, ['network', 'privateNetwork', 'allow']);
        if (now === false)
            return [];
        return now === undefined
            ? [missingRule(names, rule, 'the rule forbidding private-network access (allow: false) was dropped')]
            : [
                weakerRule(names, rule, `private-network access went from allow: false to allow: ${JSON.stringify(now)}`),
            ];
    },
    findings({ policy, name, evidence }) {
        if (valueAtPath(policy, ['network', 'privateNetwork', 'allow']) !== false)
            return [];
        return evidence.network
            .filter((setting) => setting.value)
            .map((setting) => finding({
            checkId: PRIVATE_ACCESS,
            message: `Network setting '${setting.id}' allows private-network access.`,
            path: 'openclaw config',
            ocPath: setting.source,
            target: setting.source,
            requirement: policyAddress(name.document, 'network', 'privateNetwork', 'allow'),
            fixHint: 'Disable this private-network access setting or update policy after review.',
        }));
    },
};
function scanNetwork(config) {
    const out = [];
    for (const [id, path] of PRIVATE_NETWORK_SETTINGS) {
        const value = valueAtPath(config, path);
        if (typeof value === 'boolean')
            out.push({ id, source: configAddress(...path), value });
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/engine/families/tools.js





const MISSING_RISK = 'policy/tools-missing-risk-level';
const UNKNOWN_RISK = 'policy/tools-unknown-risk-level';
const MISSING_SENSITIVITY = 'policy/tools-missing-sensitivity-token';
const UNKNOWN_SENSITIVITY = 'policy/tools-unknown-sensitivity-token';
const MISSING_OWNER = 'policy/tools-missing-owner';
const METADATA_KEYS = ['risk', 'sensitivity', 'owner'];
const KNOWN_RISKS = ['low', 'medium', 'high', 'critical'];
const KNOWN_SENSITIVITIES = ['public', 'internal', 'confidential', 'restricted'];
const SUPPORTED_KEYS_HINT = 'Use supported metadata keys: risk, sensitivity, owner.';
const toolsFamily = {
    name: 'tools',
    checkIds: [MISSING_RISK, UNKNOWN_RISK, MISSING_SENSITIVITY, UNKNOWN_SENSITIVITY, MISSING_OWNER],
    containers: [
        { path: ['tools'], kind: 'object' },
        { path: ['tools', 'settings'], kind: 'object' },
        { path: ['tools', 'entries'], kind: 'array' },
    ],
    needsToolDeclarations: (policy) => (requiredMetadata(policy)?.size ?? 0) > 0,
    collectEvidence: ({ policy, toolDeclarations }) => (requiredMetadata(policy)?.size ?? 0) > 0 ? { tools: (toolDeclarations ?? []).map(toolEvidence) } : {},
    hashedEntries: {
        tools: (t) => ({
            capabilities: t.capabilities,
            id: t.id,
            line: t.line,
            owner: t.owner,
            risk: t.risk,
            sensitivity: t.sensitivity,
            source: t.source,
        }),
    },
    findings: toolFindings,
    compareStrictness(baseline, candidate, names) {
        const before = [...(requiredMetadata(baseline) ?? [])];
        if (before.length === 0)
            return [];
        const after = requiredMetadata(candidate) ?? new Set();
        const dropped = before.filter((key) => !after.has(key));
        if (dropped.length === 0)
            return [];
        const detail = `no longer requires ${dropped.join(', ')} metadata for tools`;
        return after.size === 0
            ? [missingRule(names, 'tools.requireMetadata', detail)]
            : [weakerRule(names, 'tools.requireMetadata', detail)];
    },
    describeRules: (policy) => [...(requiredMetadata(policy) ?? [])].map((value) => ({ rule: 'tools.requireMetadata', value })),
};
/**
 * The metadata keys `tools.requireMetadata` demands, or undefined when the list is absent or
 * malformed (malformed lists are reported, never half-applied).
 */
function requiredMetadata(policy) {
    const list = record_isRecord(policy.tools) ? policy.tools.requireMetadata : undefined;
    if (!Array.isArray(list))
        return undefined;
    const keys = new Set();
    for (const entry of list) {
        const key = typeof entry === 'string' ? entry.trim().toLowerCase() : '';
        if (!METADATA_KEYS.includes(key))
            return undefined;
        keys.add(key);
    }
    return keys;
}
function requireMetadataProblem(policy, name) {
    if (!record_isRecord(policy.tools) || policy.tools.requireMetadata === undefined)
        return undefined;
    const list = policy.tools.requireMetadata;
    const d = name.display;
    if (!Array.isArray(list)) {
        return invalid(name, ['tools', 'requireMetadata'], `${d} tools.requireMetadata must be an array of metadata keys.`, SUPPORTED_KEYS_HINT);
    }
    const bad = list.findIndex((entry) => typeof entry !== 'string' || !METADATA_KEYS.includes(entry.trim().toLowerCase()));
    if (bad < 0)
        return undefined;
    return invalid(name, ['tools', 'requireMetadata', `#${bad}`], `${d} tools.requireMetadata[${bad}] must be a supported metadata key.`, SUPPORTED_KEYS_HINT);
}
/** A declaration as evidence: `{ id, source, line, risk?, sensitivity?, owner?, capabilities? }`. */
function toolEvidence(tool) {
    const entry = { id: tool.id, source: toolAddress(tool.id), line: tool.line };
    if (tool.risk !== undefined)
        entry.risk = tool.risk;
    if (tool.sensitivity !== undefined)
        entry.sensitivity = tool.sensitivity;
    if (tool.owner !== undefined)
        entry.owner = tool.owner;
    if (tool.capabilities !== undefined)
        entry.capabilities = tool.capabilities;
    return entry;
}
/** SPEC.md §2.2 step 6: validation, then missing risk, unknown risk, sensitivity per tool, owner. */
function toolFindings({ policy, name, evidence }) {
    const problem = requireMetadataProblem(policy, name);
    if (problem)
        return [problem];
    const required = requiredMetadata(policy);
    const tools = evidence.tools ?? [];
    if (!required || required.size === 0)
        return [];
    const requirement = policyAddress(name.document, 'tools', 'requireMetadata');
    const about = (tool, checkId, message, fixHint) => finding({
        checkId,
        message,
        path: 'TOOLS.md',
        line: tool.line,
        ocPath: tool.source,
        target: tool.source,
        requirement,
        fixHint,
    });
    const out = [];
    if (required.has('risk')) {
        for (const tool of tools) {
            if (tool.risk === undefined) {
                out.push(about(tool, MISSING_RISK, `TOOLS.md tool '${tool.id}' has no explicit risk classification.`, 'Declare risk:low, risk:medium, risk:high, risk:critical, or an R0-R5 review alias.'));
            }
        }
        for (const tool of tools) {
            if (tool.risk !== undefined && !KNOWN_RISKS.includes(tool.risk)) {
                out.push(about(tool, UNKNOWN_RISK, `TOOLS.md tool '${tool.id}' declares unknown risk '${tool.risk}'.`, 'Use one of: low, medium, high, critical.'));
            }
        }
    }
    if (required.has('sensitivity')) {
        for (const tool of tools) {
            if (tool.sensitivity === undefined) {
                out.push(about(tool, MISSING_SENSITIVITY, `TOOLS.md tool '${tool.id}' has no declared artifact sensitivity.`, 'Declare sensitivity as one of: public, internal, confidential, restricted.'));
            }
            else if (!KNOWN_SENSITIVITIES.includes(tool.sensitivity)) {
                out.push(about(tool, UNKNOWN_SENSITIVITY, `TOOLS.md tool '${tool.id}' declares unknown sensitivity '${tool.sensitivity}'.`, 'Use one of: public, internal, confidential, restricted.'));
            }
        }
    }
    if (required.has('owner')) {
        for (const tool of tools) {
            if (tool.owner === undefined) {
                out.push(about(tool, MISSING_OWNER, `TOOLS.md tool '${tool.id}' has no declared owner.`, 'Declare owner:<team-or-person> for this tool.'));
            }
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/engine/registry.js





/**
 * Every rule family, in evaluation order: evidence keys, and findings (which feed the findings
 * hash), come out in this order. Adding an OpenClaw family means adding it here.
 */
const RULE_FAMILIES = [
    channelsFamily,
    mcpFamily,
    modelsFamily,
    networkFamily,
    toolsFamily,
];
/**
 * OpenClaw validates policy containers in its own order, tools first (SPEC.md §2.1), which
 * differs from the evaluation order above.
 */
const CONTAINER_ORDER = [
    toolsFamily,
    ...RULE_FAMILIES.filter((family) => family !== toolsFamily),
];
const POLICY_CONTAINERS = CONTAINER_ORDER.flatMap((family) => family.containers);

;// CONCATENATED MODULE: ./lib/engine/evidence-hash.js


const HASHED_ENTRIES = new Map(RULE_FAMILIES.flatMap((family) => Object.entries(family.hashedEntries).map(([slice, reorder]) => [slice, reorder])));
/**
 * `hashOf(evidence)` for evidence the engine built, several times faster on large workspaces:
 * each entry is copied by its family's `hashedEntries` with its keys in canonical order, and the
 * native JSON.stringify (which writes keys in insertion order and leaves out `undefined` ones)
 * writes the copies. That is the canonical form because the scanners build entries of exactly
 * their declared types (strings, numbers, booleans, lists of strings, an optional field either
 * set or absent, never `undefined`) and the copies are typed to hold every declared field.
 * Property tests over random workspaces hold it equal to `hashOf`. Evidence read from a file is
 * not the engine's: hash it with `hashOf`.
 */
function hashEvidence(evidence) {
    const ordered = {};
    for (const slice of Object.keys(evidence).sort(compareKeys)) {
        const entries = evidence[slice];
        const reorder = HASHED_ENTRIES.get(slice);
        if (reorder === undefined || !Array.isArray(entries))
            return canonical_json_hashOf(evidence);
        ordered[slice] = entries.map(reorder);
    }
    return sha256Hash(JSON.stringify(ordered));
}

;// CONCATENATED MODULE: ./lib/engine/tool-declaration-grammar.js
// The grammar both OpenClaw releases use for governed tool declarations: headings, bullets and
// the metadata fields of one tool. 2026.5.20 reads them from TOOLS.md (`tools-markdown.ts`),
// 2026.9.6 from the `## Tools` section of AGENTS.md (`agents-markdown.ts`); only where a section
// starts and ends, and which lines declare a tool, differ between the two.
//
// OpenClaw matches lines with backtracking regular expressions, some of which go polynomial on
// hostile input (long runs of spaces). Every pattern here is either free of overlapping
// quantifiers or replaced by a small scan, and each comment says which OpenClaw behaviour the
// helper keeps. The quirks are part of the attested evidence, so they are kept on purpose:
//   - only `\n` and `\r\n` end a line; a lone `\r` (or U+2028/U+2029) stays in the line, where
//     OpenClaw's `.` refuses it, so such a line is neither a heading nor a declaration;
//   - `\s` is Unicode whitespace (NBSP, U+3000, U+FEFF…), while `\b` and `\w` are ASCII;
//   - the field patterns search the metadata joined with `\n`, so `risk:` and its value may sit
//     on different lines.
/** Slug of a heading or tool name: OpenClaw's anchor rule (SPEC.md §3.3 rule 1). */
function slugifyHeading(text) {
    // Equivalent to: lowercase, `_` → `-`, runs outside [a-z0-9-] → `-`, collapse repeated
    // hyphens, trim hyphens: every character outside [a-z0-9] separates, a run of them becomes one
    // hyphen, and hyphens at either end go.
    const lower = text.toLowerCase();
    if (PLAIN_SLUG.test(lower))
        return lower;
    const hyphenated = lower.replace(SEPARATOR_RUNS, '-');
    const start = hyphenated.startsWith('-') ? 1 : 0;
    const end = hyphenated.length > start && hyphenated.endsWith('-') ? hyphenated.length - 1 : hyphenated.length;
    return hyphenated.slice(start, end);
}
const PLAIN_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SEPARATOR_RUNS = /[^a-z0-9]+/g;
/** Characters JavaScript's `.` does not match (`\n` never survives the line split). */
const DOT_EXCLUDED = /[\r\u2028\u2029]/;
const DOT_ACCEPTED = /[^\r\u2028\u2029]/;
const WHITESPACE = /\s/;
/**
 * An ATX heading as OpenClaw sees one (`^(#{1,6})\s+(.+?)\s*#*\s*$`): 1–6 `#` at column 0,
 * whitespace, then a text from which trailing whitespace and `#`s are stripped (no space needed
 * before them). The kept text must be non-empty and free of `.`-excluded characters. A BOM before
 * the `#` means no heading.
 */
function headingOf(line, withSlug = true) {
    if (!line.startsWith('#'))
        return undefined;
    const opening = /^(#{1,6})(\s+)/.exec(line);
    if (opening === null)
        return undefined;
    const depth = opening[1].length;
    const body = line.slice(opening[0].length);
    if (body === '') {
        // Only whitespace follows the hashes: one of its characters (never the first; the last that
        // `.` accepts) becomes the text. The slug is empty.
        const text = lastDotAccepted(opening[2].slice(1));
        return text === undefined ? undefined : { depth, text, slug: '' };
    }
    const text = body.slice(0, Math.max(1, closingSequenceStart(body)));
    if (DOT_EXCLUDED.test(text))
        return undefined;
    return { depth, text, slug: withSlug ? slugifyHeading(text) : '' };
}
function lastDotAccepted(whitespace) {
    for (let i = whitespace.length - 1; i >= 0; i--) {
        if (DOT_ACCEPTED.test(whitespace[i]))
            return whitespace[i];
    }
    return undefined;
}
/** Index where the trailing run of whitespace, then `#`s, then whitespace begins. */
function closingSequenceStart(body) {
    let end = body.length;
    while (end > 0 && WHITESPACE.test(body[end - 1]))
        end--;
    while (end > 0 && body[end - 1] === '#')
        end--;
    while (end > 0 && WHITESPACE.test(body[end - 1]))
        end--;
    return end;
}
/**
 * A column-0 `-`/`*`/`+` bullet whose name runs to the first `:` (`^[-*+]\s+([^:\s][^:]*?)\s*:(.*)$`):
 * the name starts at the first non-space after the bullet, which must not be the colon, and the
 * rest of the line is inline metadata, which must be free of `.`-excluded characters.
 */
function bulletDeclaration(line) {
    const lead = BULLET_LEAD.exec(line);
    const colon = line.indexOf(':');
    if (lead === null || colon < 0 || DOT_EXCLUDED.test(line.slice(colon + 1)))
        return undefined;
    return { name: line.slice(lead[0].length, colon).trimEnd(), inlineAt: colon + 1 };
}
const BULLET_LEAD = /^[-*+]\s+(?=[^:\s])/;
/**
 * The looser bullet test OpenClaw ends metadata with (`^[-*+]\s+[^:\s][^:]*?\s*:`): it ignores
 * what follows the colon, so a bullet with a line separator after its colon still ends metadata.
 */
function looksLikeBulletDeclaration(line) {
    return LOOSE_BULLET.test(line) && line.includes(':');
}
const LOOSE_BULLET = /^[-*+]\s+[^:\s]/;
/**
 * Adds the fields `metadata` (the inline remainder, then the following lines, joined with `\n`)
 * declares to `entry`, after its own keys: risk, sensitivity, owner, capabilities.
 */
function withToolMetadata(entry, metadata) {
    const tool = entry;
    const risk = namedValue(NAMED_RISK, metadata) ?? riskFromAlias(metadata);
    if (risk !== undefined)
        tool.risk = risk;
    const sensitivity = namedValue(NAMED_SENSITIVITY, metadata);
    if (sensitivity !== undefined)
        tool.sensitivity = sensitivity;
    const owner = OWNER.exec(metadata)?.[1];
    if (owner !== undefined)
        tool.owner = owner;
    const capabilities = capabilityTokens(metadata);
    if (capabilities.length > 0)
        tool.capabilities = capabilities;
    return tool;
}
// `key\s*:\s*([a-z0-9_-]+)\b` ends its value on the last word character of the run (the run's
// class holds every word character, so `\b` can only fall before a trailing `-`). Spelling that
// out as `[a-z0-9_-]*[a-z0-9_]` gives the same match; a run of hyphens alone is no value.
const NAMED_RISK = /\brisk\s*:\s*([a-z0-9_-]*[a-z0-9_])/i;
const NAMED_SENSITIVITY = /\bsensitivity\s*:\s*([a-z0-9_-]*[a-z0-9_])/i;
// Case kept; the value backs off to its last ASCII word boundary (`owner:Zoë` gives `Zo`). A value
// without any word character fails, and such a run cannot hide a later `owner`, so this is linear.
const OWNER = /\bowner\s*:\s*([^\s#]+)\b/i;
// Uppercase and standalone only: `r5`, `R12` and `xR5` are not aliases. Sensitivity has none.
const RISK_ALIAS = /\bR([0-5])\b/;
const RISK_OF_ALIAS = ['low', 'low', 'medium', 'medium', 'high', 'critical'];
function namedValue(pattern, metadata) {
    return pattern.exec(metadata)?.[1]?.toLowerCase();
}
function riskFromAlias(metadata) {
    const digit = RISK_ALIAS.exec(metadata)?.[1];
    return digit === undefined ? undefined : RISK_OF_ALIAS[Number(digit)];
}
// A token is a whole ASCII word (`\b` is ASCII) of this shape: `RISK`, `R12`, `WRITE_FS`, but not
// `ABCdef`, `_ABC` or `AB`. The pattern is linear: inside a word `\b` fails at once. A token never
// spans a line break, so searching the joined metadata finds each line's tokens.
const CAPABILITY_TOKENS = /\b[A-Z][A-Z0-9_]{2,}\b/g;
const CAPABILITY_TOKENS_OF_LINE = new RegExp(CAPABILITY_TOKENS.source, 'g');
const CAPABILITIES_LABEL = /\bcapabilities\s*:/i;
const TOKEN_PUNCTUATION = /^[\s,;:[\](){}#*_-]*$/;
/**
 * Capability tokens of the metadata, line by line: all of them on the declaration line and on a
 * `capabilities:` line; elsewhere only when the line holds nothing but tokens and punctuation,
 * so prose such as "Calls the GITHUB API" declares nothing. Lines without a token cost nothing.
 */
function capabilityTokens(metadata) {
    const tokens = [];
    let lineEnd = -1;
    let lineCounts = false;
    CAPABILITY_TOKENS.lastIndex = 0;
    for (let match = CAPABILITY_TOKENS.exec(metadata); match !== null; match = CAPABILITY_TOKENS.exec(metadata)) {
        if (match.index > lineEnd) {
            const lineStart = metadata.lastIndexOf('\n', match.index) + 1;
            const newline = metadata.indexOf('\n', match.index);
            lineEnd = newline < 0 ? metadata.length : newline;
            lineCounts = lineStart === 0 || tokensCount(metadata.slice(lineStart, lineEnd));
        }
        if (lineCounts)
            tokens.push(match[0]);
    }
    return tokens;
}
/** Whether a metadata line (not the declaration line) that holds tokens declares them. */
function tokensCount(line) {
    // OpenClaw deletes each token's first occurrence instead; what is left holds the same
    // characters, so the punctuation test agrees (and this stays linear on long lines).
    return CAPABILITIES_LABEL.test(line) || TOKEN_PUNCTUATION.test(line.replace(CAPABILITY_TOKENS_OF_LINE, ''));
}

;// CONCATENATED MODULE: ./lib/engine/tools-markdown.js
// TOOLS.md tool declarations (SPEC.md §3.3), read exactly as OpenClaw 2026.5.20's `policy check`
// reads them. The grammar of one declaration (headings, bullets, metadata fields, and the quirks
// of OpenClaw's patterns) is shared with 2026.9.6's AGENTS.md reader in
// `tool-declaration-grammar.ts`; what is particular to TOOLS.md lives here:
//   - the section is the first heading whose slug is `tools`, up to the next heading of the same
//     or a shallower depth;
//   - a tool is a `### name` heading (at any section depth) or a column-0 bullet;
//   - metadata ends at any line that merely *looks* like a declaration (an indented `### x`,
//     `### #x`, a bullet whose name slugs to nothing).
//
// Speed: the text is read in one pass, line by line, without splitting it. A line whose first
// character is none of `#`, `-`, `*`, `+` or whitespace can neither open, close nor end anything,
// so it costs one character test; a tool's metadata is one slice of the text. The plain
// line-by-line reading this replaces is kept as the oracle of a property test.


/** Tools declared in the first Tools section, in file order, duplicates kept. Never throws. */
function parseToolsMarkdown(text) {
    const tools = [];
    scanDeclarations(text, (id, line, metadata) => tools.push(toolDeclaration(id, line, metadata)));
    return tools;
}
function readToolsMarkdown(text) {
    const result = { tools: [], conflicts: [] };
    scanDeclarations(text, (id, line, metadata) => {
        result.tools.push(toolDeclaration(id, line, metadata));
        addFieldConflicts(result.conflicts, id, line, metadata);
    });
    return result;
}
/**
 * Calls `visit` for each declaration of the Tools section with its slug, 1-based line and
 * metadata: the inline remainder, then every following line up to the next line that ends
 * metadata, joined with `\n`.
 *
 * The section opens after the first heading whose slug is `tools` and closes at the next heading
 * of the same or a shallower depth. Deeper headings stay in the section as ordinary lines, so
 * under `## Tools` a `### deploy` line is a declaration, while under `### Tools` it closes it.
 * Every declaration also ends metadata, so one pass sees each line once.
 */
function scanDeclarations(text, visit) {
    const lines = new LineCursor(text);
    let sectionDepth = 0;
    while (sectionDepth === 0 && lines.next()) {
        if (lines.firstCode() === HASH && headingOf(lines.text())?.slug === 'tools') {
            sectionDepth = headingOf(lines.text()).depth;
        }
    }
    if (sectionDepth === 0)
        return;
    // The declaration whose metadata is being read: id ('' when none), line, metadata start.
    let openId = '';
    let openLine = 0;
    let metadataStart = 0;
    let metadataEnd = 0;
    while (lines.next()) {
        const first = lines.firstCode();
        if (mayEndMetadata(first)) {
            const line = lines.text();
            if (first === HASH && closesSection(line, sectionDepth))
                break;
            if (endsMetadata(line)) {
                if (openId !== '')
                    visit(openId, openLine, metadataText(text, metadataStart, metadataEnd));
                const declaration = parseDeclaration(line);
                openId = declaration?.id ?? '';
                openLine = lines.number;
                metadataStart = lines.start + (declaration?.inlineAt ?? 0);
            }
        }
        metadataEnd = lines.end;
    }
    if (openId !== '')
        visit(openId, openLine, metadataText(text, metadataStart, metadataEnd));
}
/** Lines of a text split at `\n` and `\r\n`, as `text.split(/\r?\n/)` gives them, without copies. */
class LineCursor {
    source;
    /** Start, end (excluding the line break) and 1-based number of the current line. */
    start = 0;
    end = 0;
    number = 0;
    following = 0;
    constructor(source) {
        this.source = source;
    }
    next() {
        if (this.following > this.source.length)
            return false;
        this.start = this.following;
        const newline = this.source.indexOf('\n', this.start);
        if (newline < 0) {
            this.end = this.source.length;
            this.following = this.source.length + 1;
        }
        else {
            this.end = newline > this.start && this.source.charCodeAt(newline - 1) === CR ? newline - 1 : newline;
            this.following = newline + 1;
        }
        this.number++;
        return true;
    }
    /** The line's first UTF-16 code unit, or NaN for an empty line. */
    firstCode() {
        return this.start < this.end ? this.source.charCodeAt(this.start) : NaN;
    }
    text() {
        return this.source.slice(this.start, this.end);
    }
}
const CR = 0x0d;
const HASH = 0x23;
const PLUS = 0x2b;
const HYPHEN = 0x2d;
const ASTERISK = 0x2a;
/**
 * Whether a line starting with this code unit can end metadata, close the section or declare a
 * tool. Those need a `#` or a bullet at column 0, or (after trimming) an indented `###`; every
 * character `String#trim` removes is at or below U+0020 or at or above U+00A0.
 */
function mayEndMetadata(first) {
    return (first === HASH ||
        first === HYPHEN ||
        first === ASTERISK ||
        first === PLUS ||
        first <= 0x20 ||
        first >= 0xa0);
}
/** The metadata from `start` to `end`, with each `\r\n` line break written as `\n`. */
function metadataText(text, start, end) {
    const metadata = text.slice(start, end);
    return metadata.includes('\r') ? metadata.replace(CRLF, '\n') : metadata;
}
const CRLF = /\r\n/g;
function closesSection(line, sectionDepth) {
    // A run of more `#` than the section's depth is a deeper heading or none: no need to read on.
    let hashes = 0;
    while (line.charCodeAt(hashes) === HASH)
        hashes++;
    if (hashes > sectionDepth)
        return false;
    const heading = headingOf(line, false);
    return heading !== undefined && heading.depth <= sectionDepth;
}
/**
 * `### name rest` (name: no whitespace, no `#`, so `### deploy:` names `deploy:`), or a column-0
 * bullet (`bulletDeclaration`). The rest of the line is inline metadata, and must be free of
 * `.`-excluded characters. Names that slug to nothing declare nothing.
 */
function parseDeclaration(line) {
    const named = headingDeclaration(line) ?? bulletDeclaration(line);
    if (named === undefined)
        return undefined;
    const id = slugifyHeading(named.name);
    return id === '' ? undefined : { id, inlineAt: named.inlineAt };
}
function headingDeclaration(line) {
    const match = HEADING_DECLARATION.exec(line);
    if (match === null || DOT_EXCLUDED.test(line.slice(match[0].length)))
        return undefined;
    return { name: match[1], inlineAt: match[0].length };
}
const HEADING_DECLARATION = /^###\s+([^\s#]+)/;
/**
 * OpenClaw stops collecting metadata with looser tests than the declaration patterns: the `###`
 * test runs on the trimmed line and accepts any non-space name, and the bullet test ignores
 * what follows the colon.
 */
function endsMetadata(line) {
    return LOOSE_HEADING.test(line.trim()) || looksLikeBulletDeclaration(line);
}
const LOOSE_HEADING = /^###\s+\S/;
function toolDeclaration(id, line, metadata) {
    return withToolMetadata({ id, line }, metadata);
}
const FIELD_NAMES = ['risk', 'sensitivity', 'owner'];
const FIELD_PATTERNS = {
    risk: new RegExp(NAMED_RISK.source, 'gi'),
    sensitivity: new RegExp(NAMED_SENSITIVITY.source, 'gi'),
    owner: new RegExp(OWNER.source, 'gi'),
};
/**
 * Fields a tool declares twice with different values (`risk:low … risk:critical`). OpenClaw uses
 * the first silently, so a reviewer could read one level while another applies; loaders refuse
 * such a file, as they refuse duplicate JSON keys.
 */
function addFieldConflicts(conflicts, toolId, line, metadata) {
    // Nearly every tool names each field once: a cheap scan for a second occurrence of the field's
    // name (a superset of a second value) spares the full search in that common case.
    const lowered = metadata.toLowerCase();
    for (const field of FIELD_NAMES) {
        const first = lowered.indexOf(field);
        if (first < 0 || lowered.indexOf(field, first + field.length) < 0)
            continue;
        const normalise = field === 'owner' ? (value) => value : (value) => value.toLowerCase();
        const values = [
            ...new Set(Array.from(metadata.matchAll(FIELD_PATTERNS[field]), (match) => normalise(match[1] ?? ''))),
        ];
        if (values.length > 1)
            conflicts.push({ toolId, line, field, values });
    }
}

;// CONCATENATED MODULE: ./lib/engine/check.js








/** The 15 baseline checks: 4 about the policy artifact itself, 11 from the rule families. */
const ARTIFACT_CHECKS = [POLICY_MISSING, POLICY_INVALID, POLICY_HASH_MISMATCH, findings_ATTESTATION_HASH_MISMATCH];
const CHECK_COUNT = ARTIFACT_CHECKS.length + RULE_FAMILIES.reduce((sum, family) => sum + family.checkIds.length, 0);
/** Whether evaluating this policy reads TOOLS.md (so the shell reads it only then). */
function needsToolsMarkdown(policy) {
    if (policy.state !== 'parsed' || !record_isRecord(policy.value))
        return false;
    const value = policy.value;
    return RULE_FAMILIES.some((family) => family.needsToolDeclarations?.(value) ?? false);
}
/** SPEC.md §2.2, steps 1–9. Pure: every input is already read. */
function runPolicyCheck(input) {
    const { name, settings } = input;
    const policyValue = input.policy.state === 'parsed' && record_isRecord(input.policy.value) ? input.policy.value : {};
    const evidence = collectEvidence(input.config, policyValue, needsToolsMarkdown(input.policy)
        ? (input.toolDeclarations ?? parseToolsMarkdown(input.toolsMarkdown ?? ''))
        : undefined);
    if (!settings.enabled)
        return { ...attest(undefined, evidence, [], []), enabled: false };
    const policy = input.policy;
    if (policy.state === 'missing') {
        const missing = finding({
            checkId: POLICY_MISSING,
            severity: 'warning',
            message: `${name.display} is missing for the enabled Policy plugin.`,
            path: name.display,
            fixHint: `Restore ${name.display} or add the policy artifact for this workspace.`,
        });
        return attest(undefined, evidence, [missing], [missing]);
    }
    if (policy.state === 'unparseable') {
        const unparseable = finding({
            checkId: POLICY_INVALID,
            message: `${name.display} could not be parsed: ${policy.error}`,
            path: name.display,
            target: policyAddress(name.document),
            fixHint: `Fix ${name.display} so policy conformance checks can run.`,
        });
        return attest(undefined, evidence, [unparseable], [unparseable]);
    }
    const policyHash = canonical_json_hashOf(policy.value);
    if (settings.expectedHash !== undefined && settings.expectedHash !== policyHash) {
        const mismatch = finding({
            checkId: POLICY_HASH_MISMATCH,
            message: `${name.display} does not match the configured policy hash.`,
            path: name.display,
            target: policyAddress(name.document),
            requirement: 'oc://openclaw.config/plugins/entries/policy/config/expectedHash',
            fixHint: 'Restore the approved policy artifact or update plugins.entries.policy.config.expectedHash after review.',
        });
        return attest(policyHash, evidence, [mismatch], [mismatch]);
    }
    const policyFindings = ruleFindings(policy.value, name, evidence);
    const result = attest(policyHash, evidence, policyFindings, policyFindings);
    const expected = settings.expectedAttestationHash;
    if (policyFindings.some((f) => f.checkId === POLICY_INVALID) ||
        expected === undefined ||
        expected === result.attestationHash) {
        return result;
    }
    return { ...result, visibleFindings: [attestationMismatch(result.attestationHash)] };
}
function collectEvidence(config, policy, toolDeclarations) {
    const evidence = { channels: [], mcpServers: [], modelProviders: [], modelRefs: [], network: [] };
    for (const family of RULE_FAMILIES)
        Object.assign(evidence, family.collectEvidence({ config, policy, toolDeclarations }));
    return evidence;
}
/** Step 6: container shape first, then each family in registry order. */
function ruleFindings(policy, name, evidence) {
    const shape = containerShapeFinding(policy, POLICY_CONTAINERS, name);
    const out = shape ? [shape] : [];
    if (!record_isRecord(policy))
        return out;
    for (const family of RULE_FAMILIES)
        out.push(...family.findings({ policy, name, evidence }));
    return out;
}
function attestationMismatch(current) {
    return finding({
        checkId: findings_ATTESTATION_HASH_MISMATCH,
        message: 'The current policy check no longer matches the accepted policy attestation.',
        path: 'policy attestation',
        target: 'oc://policy/attestation/current',
        requirement: 'oc://openclaw.config/plugins/entries/policy/config/expectedAttestationHash',
        fixHint: `Run policy check, review attestation ${current}, then update plugins.entries.policy.config.expectedAttestationHash and the supervisor/gateway accepted attestation.`,
    });
}
function attest(policyHash, evidence, attested, visible) {
    const attestedFindings = attested.map(attestedShape);
    const evidenceHash = hashEvidence(evidence);
    const findingsHash = canonical_json_hashOf(attestedFindings);
    const ok = attestedFindings.length === 0;
    return {
        enabled: true,
        policyHash,
        evidence,
        evidenceHash,
        attestedFindings,
        visibleFindings: visible,
        findingsHash,
        attestationHash: check_attestationHashOf({ ok, policyHash, workspaceHash: evidenceHash, findingsHash }),
        ok,
    };
}
/** H({ ok, policyHash, workspaceHash, findingsHash }); `policyHash: undefined` is hashed as such. */
function check_attestationHashOf(parts) {
    return canonical_json_hashOf({
        ok: parts.ok,
        policyHash: parts.policyHash,
        workspaceHash: parts.workspaceHash,
        findingsHash: parts.findingsHash,
    });
}

;// CONCATENATED MODULE: ./lib/engine/current/check-ids.js
// The check ids of OpenClaw 2026.9.6 in `POLICY_CHECK_IDS` order, with the fix metadata every
// visible finding carries as `policy.fixRecommendation` (SPEC-2026.9 §10.3). Data read from the
// release; `checksRun` is the length of this list. It is the one list of check ids: the families
// type the ids they raise as `CurrentCheckId`, so an id missing from here does not compile.
const ROWS = [
    [
        'policy/policy-jsonc-missing',
        'manual',
        undefined,
        undefined,
        'Restore or author the approved policy artifact.',
    ],
    [
        'policy/policy-jsonc-invalid',
        'manual',
        undefined,
        undefined,
        'Repair the policy JSONC syntax or schema.',
    ],
    [
        'policy/tools-md-migration-required',
        'manual',
        'tools.requireMetadata',
        undefined,
        'Run openclaw doctor --fix to migrate governed tool declarations into AGENTS.md.',
    ],
    [
        'policy/policy-hash-mismatch',
        'manual',
        undefined,
        ['plugins.entries.policy.config.expectedHash'],
        'Restore the approved artifact or update the expected hash after review.',
    ],
    [
        'policy/attestation-hash-mismatch',
        'manual',
        undefined,
        ['plugins.entries.policy.config.expectedAttestationHash'],
        'Review the current attestation and update accepted hashes after approval.',
    ],
    [
        'policy/channels-denied-provider',
        'automatic',
        'channels.denyRules',
        ['channels'],
        'Disable product-managed channels matching the denied provider.',
    ],
    [
        'policy/mcp-denied-server',
        'reviewRequired',
        'mcp.servers.deny',
        ['mcp.servers'],
        'Remove or disable the denied MCP server.',
    ],
    [
        'policy/mcp-unapproved-server',
        'reviewRequired',
        'mcp.servers.allow',
        ['mcp.servers'],
        'Remove the unapproved MCP server or select an approved replacement.',
    ],
    [
        'policy/models-denied-provider',
        'reviewRequired',
        'models.providers.deny',
        ['models'],
        'Remove the model provider or switch references to an approved provider.',
    ],
    [
        'policy/models-unapproved-provider',
        'reviewRequired',
        'models.providers.allow',
        ['models'],
        'Select an approved model provider.',
    ],
    [
        'policy/network-private-access-enabled',
        'reviewRequired',
        'network.privateNetwork.allow',
        ['network'],
        'Disable the concrete private-network access opt-in.',
    ],
    [
        'policy/routing-bindings-required',
        'reviewRequired',
        'routing.requireBindings',
        ['bindings'],
        'Add an intentional channel route binding or revise the policy after review.',
    ],
    [
        'policy/routing-binding-channel-unconfigured',
        'reviewRequired',
        'routing.requireConfiguredChannels',
        ['bindings', 'channels'],
        'Correct the binding channel or configure the intended channel after review.',
    ],
    [
        'policy/routing-agent-mismatch',
        'reviewRequired',
        'routing.probes',
        ['bindings'],
        'Review binding precedence and the expected agent before changing message delivery.',
    ],
    [
        'policy/routing-match-kind-mismatch',
        'reviewRequired',
        'routing.probes',
        ['bindings'],
        'Restore the intended binding specificity or approve the new match kind.',
    ],
    [
        'policy/ingress-dm-policy-unapproved',
        'reviewRequired',
        'ingress.channels.allowDmPolicies',
        ['channels'],
        'Set channel DM policy to an allowed value.',
    ],
    [
        'policy/ingress-dm-scope-unapproved',
        'reviewRequired',
        'ingress.session.requireDmScope',
        ['ingress'],
        'Move session DM scope to the required or stricter ordered value.',
    ],
    [
        'policy/ingress-open-groups-denied',
        'automatic',
        'ingress.channels.denyOpenGroups',
        ['channels'],
        'Disable product-managed open group ingress.',
    ],
    [
        'policy/ingress-group-mention-required',
        'automatic',
        'ingress.channels.requireMentionInGroups',
        ['channels'],
        'Require mention in product-managed group channels.',
    ],
    [
        'policy/gateway-non-loopback-bind',
        'reviewRequired',
        'gateway.exposure.allowNonLoopbackBind',
        ['gateway.bind'],
        'Set gateway bind address to loopback when remote exposure is not intended.',
    ],
    [
        'policy/gateway-auth-disabled',
        'manual',
        'gateway.auth.requireAuth',
        ['gateway.auth'],
        'Configure token, password, or trusted-proxy auth.',
    ],
    [
        'policy/gateway-rate-limit-missing',
        'reviewRequired',
        'gateway.auth.requireExplicitRateLimit',
        ['gateway.auth.rateLimit'],
        'Add explicit gateway auth rate limits from product defaults.',
    ],
    [
        'policy/gateway-control-ui-insecure',
        'automatic',
        'gateway.controlUi.allowInsecure',
        ['gateway.controlUi'],
        'Disable the insecure Control UI toggle.',
    ],
    [
        'policy/gateway-tailscale-funnel',
        'reviewRequired',
        'gateway.exposure.allowTailscaleFunnel',
        ['tailscale'],
        'Disable Tailscale funnel or serve exposure.',
    ],
    [
        'policy/gateway-remote-enabled',
        'automatic',
        'gateway.remote.allow',
        ['gateway.remote'],
        'Disable product-managed remote gateway mode.',
    ],
    [
        'policy/gateway-http-endpoint-enabled',
        'automatic',
        'gateway.http.denyEndpoints',
        ['gateway.http'],
        'Disable denied Gateway HTTP endpoints.',
    ],
    [
        'policy/gateway-http-url-fetch-unrestricted',
        'manual',
        'gateway.http.requireUrlAllowlists',
        ['gateway.http'],
        'Add URL allowlists for each URL-fetch input.',
    ],
    [
        'policy/gateway-node-command-denied',
        'reviewRequired',
        'gateway.nodes.denyCommands',
        ['gateway.nodes.commands.deny'],
        'Add the command to gateway node denyCommands or update policy after review.',
    ],
    [
        'policy/agents-workspace-access-denied',
        'reviewRequired',
        'agents.workspace.allowedAccess',
        ['agents'],
        'Set agent workspace access to an allowed mode.',
    ],
    [
        'policy/agents-tool-not-denied',
        'automatic',
        'agents.workspace.denyTools',
        ['agents'],
        'Merge required built-in workspace tool denies.',
    ],
    [
        'policy/tools-profile-unapproved',
        'reviewRequired',
        'tools.profiles.allow',
        ['tools.profile'],
        'Set the tool profile to an allowed profile.',
    ],
    [
        'policy/tools-fs-workspace-only-required',
        'reviewRequired',
        'tools.fs.requireWorkspaceOnly',
        ['tools.fs.workspaceOnly'],
        'Set workspace-only filesystem posture when required assets remain readable.',
    ],
    [
        'policy/tools-exec-security-unapproved',
        'reviewRequired',
        'tools.exec.allowSecurity',
        ['tools.exec.security'],
        'Set exec security to an allowed value.',
    ],
    [
        'policy/tools-exec-ask-unapproved',
        'reviewRequired',
        'tools.exec.requireAsk',
        ['tools.exec.ask'],
        'Set exec ask mode to an allowed value.',
    ],
    [
        'policy/tools-exec-host-unapproved',
        'reviewRequired',
        'tools.exec.allowHosts',
        ['tools.exec.host'],
        'Move exec host to an allowed host mode.',
    ],
    [
        'policy/tools-elevated-enabled',
        'automatic',
        'tools.elevated.allow',
        ['tools.elevated.enabled'],
        'Set tools elevated mode to disabled.',
    ],
    [
        'policy/tools-also-allow-missing',
        'reviewRequired',
        'tools.alsoAllow.expected',
        ['tools.alsoAllow'],
        'Add expected alsoAllow entries only when policy intentionally grants them.',
    ],
    [
        'policy/tools-also-allow-unexpected',
        'reviewRequired',
        'tools.alsoAllow.expected',
        ['tools.alsoAllow'],
        'Remove unexpected alsoAllow entries.',
    ],
    [
        'policy/tools-required-deny-missing',
        'automatic',
        'tools.denyTools',
        ['tools.deny', 'agents.entries.<id>.tools.deny'],
        'Merge required built-in deny tool classes.',
    ],
    [
        'policy/sandbox-mode-unapproved',
        'reviewRequired',
        'sandbox.requireMode',
        ['sandbox.mode'],
        'Set sandbox mode to an allowed value.',
    ],
    [
        'policy/sandbox-backend-unapproved',
        'reviewRequired',
        'sandbox.allowBackends',
        ['sandbox.backend'],
        'Choose an approved sandbox backend that is installed.',
    ],
    [
        'policy/sandbox-container-posture-unobservable',
        'unsupported',
        undefined,
        undefined,
        'Add observable container posture evidence before patching.',
    ],
    [
        'policy/sandbox-container-host-network-denied',
        'reviewRequired',
        'sandbox.containers.denyHostNetwork',
        ['sandbox.containers'],
        'Disable container host networking.',
    ],
    [
        'policy/sandbox-container-namespace-join-denied',
        'reviewRequired',
        'sandbox.containers.denyContainerNamespaceJoin',
        ['sandbox.containers'],
        'Disable joining container namespaces.',
    ],
    [
        'policy/sandbox-container-mount-mode-required',
        'reviewRequired',
        'sandbox.containers.requireReadOnlyMounts',
        ['sandbox.containers'],
        'Change required mounts to read-only.',
    ],
    [
        'policy/sandbox-container-runtime-socket-mount',
        'reviewRequired',
        'sandbox.containers.denyContainerRuntimeSocketMounts',
        ['sandbox.containers'],
        'Remove container runtime socket binds.',
    ],
    [
        'policy/sandbox-container-unconfined-profile',
        'reviewRequired',
        'sandbox.containers.denyUnconfinedProfiles',
        ['sandbox.containers'],
        'Remove unconfined container profiles.',
    ],
    [
        'policy/sandbox-browser-cdp-source-range-missing',
        'manual',
        'sandbox.browser.requireCdpSourceRange',
        ['agents.sandbox.browser'],
        'Add an explicit browser CDP source range.',
    ],
    [
        'policy/data-handling-telemetry-content-capture',
        'automatic',
        'dataHandling.telemetry.denyContentCapture',
        ['diagnostics.otel.captureContent'],
        'Disable telemetry content capture.',
    ],
    [
        'policy/data-handling-session-retention-not-enforced',
        'reviewRequired',
        'dataHandling.retention.requireSessionMaintenance',
        ['session.maintenance.mode'],
        'Set session maintenance to enforced mode.',
    ],
    [
        'policy/data-handling-session-transcript-memory-enabled',
        'reviewRequired',
        'dataHandling.memory.denySessionTranscriptIndexing',
        ['memory'],
        'Disable transcript indexing for the affected agent scope.',
    ],
    [
        'policy/secrets-unmanaged-provider',
        'manual',
        'secrets.requireManagedProviders',
        ['secrets'],
        'Migrate the secret to a managed provider.',
    ],
    [
        'policy/secrets-denied-provider-source',
        'reviewRequired',
        'secrets.denySources',
        ['secrets'],
        'Move the secret out of the denied source.',
    ],
    [
        'policy/secrets-insecure-provider',
        'reviewRequired',
        'secrets.allowInsecureProviders',
        ['secrets'],
        'Remove insecure provider overrides.',
    ],
    [
        'policy/auth-profile-invalid-metadata',
        'manual',
        'auth.profiles.requireMetadata',
        ['auth.profiles'],
        'Add required provider and mode metadata to auth profiles.',
    ],
    [
        'policy/auth-profile-unapproved-mode',
        'manual',
        'auth.profiles.allowModes',
        ['auth.profiles'],
        'Change auth mode and credentials through the auth owner flow.',
    ],
    [
        'policy/exec-approvals-missing',
        'manual',
        'execApprovals.requireFile',
        ['exec-approvals.json'],
        'Restore an attributable exec-approvals evidence file.',
    ],
    [
        'policy/exec-approvals-invalid',
        'manual',
        undefined,
        undefined,
        'Repair the exec approvals evidence artifact.',
    ],
    [
        'policy/exec-approvals-default-security-unapproved',
        'manual',
        'execApprovals.defaults.allowSecurity',
        ['exec-approvals.json'],
        'Update reviewed default approval evidence or policy.',
    ],
    [
        'policy/exec-approvals-agent-security-unapproved',
        'manual',
        'execApprovals.agents.allowSecurity',
        ['exec-approvals.json'],
        'Update reviewed agent approval evidence or policy.',
    ],
    [
        'policy/exec-approvals-auto-allow-skills-enabled',
        'reviewRequired',
        'execApprovals.agents.allowAutoAllowSkills',
        ['exec-approvals.json'],
        'Disable auto-allow skills in the approval owner surface.',
    ],
    [
        'policy/exec-approvals-allowlist-missing',
        'manual',
        'execApprovals.agents.allowlist.expected',
        ['exec-approvals.json'],
        'Add expected approval patterns through approval review.',
    ],
    [
        'policy/exec-approvals-allowlist-unexpected',
        'manual',
        'execApprovals.agents.allowlist.expected',
        ['exec-approvals.json'],
        'Remove unexpected approval patterns through approval review.',
    ],
    [
        'policy/tools-missing-risk-level',
        'manual',
        'tools.requireMetadata',
        ['tools'],
        'Add tool risk metadata in the owning tool declaration.',
    ],
    [
        'policy/tools-unknown-risk-level',
        'manual',
        'tools.requireMetadata',
        ['tools'],
        'Use a supported tool risk level.',
    ],
    [
        'policy/tools-missing-sensitivity-token',
        'manual',
        'tools.requireMetadata',
        ['tools'],
        'Add tool sensitivity metadata in the owning tool declaration.',
    ],
    [
        'policy/tools-missing-owner',
        'manual',
        'tools.requireMetadata',
        ['tools'],
        'Add owner metadata in the owning tool declaration.',
    ],
    [
        'policy/tools-unknown-sensitivity-token',
        'manual',
        'tools.requireMetadata',
        ['tools'],
        'Use a supported tool sensitivity token.',
    ],
];
const CURRENT_CHECK_IDS = ROWS.map(([checkId]) => checkId);
const FIX_BY_CHECK_ID = new Map(ROWS.map(([checkId, fixClass, policyPath, configTargets, summary]) => [
    checkId,
    // Key order as the release prints it: fixClass, policyPath?, configTargets?, summary.
    {
        fixClass,
        ...(policyPath === undefined ? {} : { policyPath: policyPath.split('.') }),
        ...(configTargets === undefined ? {} : { configTargets: [...configTargets] }),
        summary,
    },
]));
/** The fix recommendation of a check id, or undefined (e.g. `policy/config-invalid`). */
function fixRecommendationFor(checkId) {
    return FIX_BY_CHECK_ID.get(checkId);
}

;// CONCATENATED MODULE: ./lib/engine/agents-markdown.js
// Governed tools declared in the `## Tools` section of AGENTS.md (SPEC-2026.9 §8.1), read exactly
// as OpenClaw 2026.9.6's `policy check` reads them. One declaration's grammar (headings, bullets,
// metadata fields) is 2026.5.20's (`tool-declaration-grammar.ts`); what is new is where tools are
// looked for:
//   - fenced blocks (``` or ~~~) are invisible, wherever they are;
//   - the section opens at a heading of depth 1 or 2 whose slug is `tools` and closes at the next
//     heading of the same or a shallower depth; a later `#`/`## Tools` opens it again, its own
//     heading line then being part of the section (a heading, not a tool);
//   - a tool is a child heading (exactly one level below its section) or a column-0 bullet;
//   - "local notes" are skipped: from a line naming `Skills provide your tools.`, `Keep local notes`
//     and `TOOLS.md`, or a child heading `Local notes` (both up to the next child heading), or a
//     child heading `Local notes (migrated from TOOLS.md)` (up to the next Tools heading). That
//     is where `openclaw doctor --fix` moves TOOLS.md, so migrated tools are never evaluated.
// A tool's metadata is its inline remainder and the following section lines up to a heading at
// most one level below the section (tested on the trimmed line) or a bullet that looks like a
// declaration; it ignores local-notes mode, and fenced lines are not part of it.
//
// The text is read in one pass: a line ends the open tool's metadata before it can declare the
// next tool (every declaration line also ends metadata), so the tools come out in file order.

/** The tools of AGENTS.md's Tools section, in file order, duplicates kept. Never throws. */
function scanAgentsMarkdownTools(text) {
    const tools = [];
    let open;
    let localNotes;
    for (const line of toolsSectionLines(text)) {
        if (open !== undefined && agents_markdown_endsMetadata(line)) {
            tools.push(agents_markdown_toolEvidence(open.id, open.line, open.metadata));
            open = undefined;
        }
        open?.metadata.push(line.text);
        const heading = line.text.startsWith('#') ? headingOf(line.text) : undefined;
        const isChild = heading?.depth === line.sectionDepth + 1;
        const notes = localNotesStep(line, heading, isChild, localNotes);
        localNotes = notes.mode;
        if (notes.skip || localNotes !== undefined)
            continue;
        const declared = isChild ? childHeadingDeclaration(heading) : bulletToolDeclaration(line.text);
        const id = declared === undefined ? '' : slugifyHeading(declared.name);
        if (id !== '')
            open = { id, line: line.number, metadata: [declared.inline] };
    }
    if (open !== undefined)
        tools.push(agents_markdown_toolEvidence(open.id, open.line, open.metadata));
    return tools;
}
/** The lines of every Tools section, fenced lines left out, with the depth of their section. */
function toolsSectionLines(text) {
    const section = [];
    const lines = text.split(LINE_BREAK);
    let sectionDepth;
    let foundSection = false;
    let fence;
    for (let index = 0; index < lines.length; index++) {
        const line = lines[index];
        const fenceRun = FENCE_OPENING.exec(line)?.[1];
        if (fenceRun !== undefined && fence === undefined) {
            fence = { marker: fenceRun[0], length: fenceRun.length };
            continue;
        }
        if (fence !== undefined) {
            const closing = FENCE_CLOSING.exec(line)?.[1];
            if (closing !== undefined && closing[0] === fence.marker && closing.length >= fence.length) {
                fence = undefined;
            }
            continue;
        }
        const heading = line.startsWith('#') ? headingOf(line) : undefined;
        if (heading !== undefined) {
            if (sectionDepth !== undefined && heading.depth <= sectionDepth)
                sectionDepth = undefined;
            if (sectionDepth === undefined && heading.depth <= 2 && heading.slug === 'tools') {
                // A second Tools heading is kept as a line of its section; the first only opens it.
                if (foundSection)
                    section.push({ number: index + 1, text: line, sectionDepth: heading.depth });
                foundSection = true;
                sectionDepth = heading.depth;
                continue;
            }
        }
        if (sectionDepth !== undefined && (heading === undefined || heading.depth > sectionDepth)) {
            section.push({ number: index + 1, text: line, sectionDepth });
        }
    }
    return section;
}
const LINE_BREAK = /\r?\n/;
// Linear: the leading `\s*` and the run can only backtrack into characters that fail at once.
const FENCE_OPENING = /^\s*(`{3,}|~{3,})/;
const FENCE_CLOSING = /^\s*(`{3,}|~{3,})\s*$/;
/**
 * How a line moves local-notes mode (SPEC-2026.9 §8.1), in OpenClaw's order: `skip` when the
 * line only switched the mode (so it declares nothing), and the mode from this line on.
 */
function localNotesStep(line, heading, isChild, mode) {
    if (LOCAL_NOTES_MARKERS.every((marker) => line.text.includes(marker)))
        return { skip: true, mode: 'plain' };
    if (isChild && LOCAL_NOTES_HEADING.test(heading.text))
        return { skip: true, mode: 'plain' };
    if (isChild && MIGRATED_NOTES_HEADING.test(heading.text))
        return { skip: true, mode: 'migrated' };
    if (mode !== undefined &&
        heading !== undefined &&
        heading.depth <= line.sectionDepth &&
        heading.slug === 'tools') {
        return { skip: true, mode: undefined };
    }
    // A plain-notes block ends at the next child heading, which may itself declare a tool.
    if (mode === 'plain' && isChild)
        return { skip: false, mode: undefined };
    return { skip: false, mode };
}
/** A line naming all three starts a plain local-notes block (the migration must avoid them too). */
const LOCAL_NOTES_MARKERS = ['Skills provide your tools.', 'Keep local notes', 'TOOLS.md'];
// `iu` on purpose: with `u`, case folding maps `ſ` to `s`, as OpenClaw's patterns do.
const LOCAL_NOTES_HEADING = /^Local notes\s*$/iu;
const MIGRATED_NOTES_HEADING = /^Local notes \(migrated from TOOLS\.md\)\s*$/iu;
/** A child heading's tool: the first run of the text without whitespace or `#`, then the rest. */
function childHeadingDeclaration(heading) {
    const name = CHILD_HEADING_NAME.exec(heading.text)?.[0];
    return name === undefined ? undefined : { name, inline: heading.text.slice(name.length) };
}
function bulletToolDeclaration(line) {
    const named = bulletDeclaration(line);
    return named === undefined ? undefined : { name: named.name, inline: line.slice(named.inlineAt) };
}
const CHILD_HEADING_NAME = /^[^\s#]+/;
/**
 * Whether a section line ends the metadata of the tool before it: a heading at most one level
 * below its section once the line is trimmed (so an indented `### x` counts), or a bullet that
 * looks like a declaration.
 */
function agents_markdown_endsMetadata(line) {
    const trimmed = line.text.trim();
    if (trimmed.startsWith('#')) {
        const heading = headingOf(trimmed, false);
        if (heading !== undefined && heading.depth <= line.sectionDepth + 1)
            return true;
    }
    return looksLikeBulletDeclaration(line.text);
}
function agents_markdown_toolEvidence(id, line, metadata) {
    return withToolMetadata({ id, source: `oc://AGENTS.md/tools/${id}`, line }, metadata.join('\n'));
}

;// CONCATENATED MODULE: ./lib/engine/current/policy-family.js
/**
 * For a shape check whose outcome, not its wording, matters (which evidence to collect, which
 * rules to read): the policy's name only words the messages.
 */
const ANY_POLICY_NAME = { display: 'policy.jsonc', document: 'policy.jsonc' };
/** A slice every report carries (channels, MCP, models, network). */
function alwaysCollected(key, collect) {
    return { key, collectedFor: () => true, inEarlyReturns: true, collect };
}
/** A slice scanned from the config, collected only when the policy has rules of its kind. */
function collectedWhen(key, hasRules, scan) {
    return {
        key,
        collectedFor: (source) => hasRules(source.policy),
        inEarlyReturns: false,
        collect: (source) => scan(source.config),
    };
}

;// CONCATENATED MODULE: ./lib/engine/current/shape/policy-segment.js
// Policy-side `oc://` segments (SPEC-2026.9 §6): a segment that is not a plain word or `#<index>`
// is written as a JSON string. The config side (`ocSegment` in oc-path.ts) quotes differently
// (it never escapes), so the two must not be mixed up: targets into the policy use this one.
const policy_segment_RAW_SEGMENT = /^(?:[A-Za-z0-9_-]+|#\d+)$/;
function policySegment(segment) {
    return policy_segment_RAW_SEGMENT.test(segment) ? segment : JSON.stringify(segment);
}
/** `scopes/<segment>`: where a named scope's overlay lives in the policy document. */
function scopeTargetPrefix(scopeName) {
    return `scopes/${policySegment(scopeName)}`;
}

;// CONCATENATED MODULE: ./lib/engine/current/rule-location.js
// Where a family's rules live in the policy, and the `requirement` address of each rule
// (SPEC-2026.9 §10.1): a top-level section (`tools`, `agents/workspace`), or the same section
// inside one named scope (`scopes/<name>/tools`, §9.2).


function topLevelRules(name, section) {
    return { document: name.document, base: section };
}
function scopedRules(name, scopeName, section) {
    return { document: name.document, base: `${scopeTargetPrefix(scopeName)}/${section}` };
}
/** The address of the section itself, e.g. `oc://policy.jsonc/scopes/ops/execApprovals`. */
function sectionRequirement(location) {
    return policyAddress(location.document, location.base);
}
/** The address of one rule, e.g. `oc://policy.jsonc/scopes/ops/tools/exec/allowHosts`. */
function requirementOf(location, rule) {
    return policyAddress(location.document, location.base, rule);
}

;// CONCATENATED MODULE: ./lib/engine/current/rule-metadata.js
// The release's rule metadata (`POLICY_RULE_METADATA`, SPEC-2026.9 §5.1): one row per policy rule,
// saying what its value is, how two values compare in strictness and which selectors may scope it.
// The shape checks derive their allowed keys and enums from it, scope overrides and `policy
// compare` judge strictness by it, and a JSON Schema could be generated from it. Row order is the
// release's and matters: it is the claim order of `compare` and the key order of shape checks.
const AGENT = ['agentIds'];
const CHANNEL = ['channelIds'];
const EXEC_SECURITY = ['deny', 'allowlist', 'full'];
const check = (...ids) => ids.map((id) => `policy/${id}`);
const rule_metadata_path = (dotted) => dotted.split('.');
/** A boolean rule that is only strict when set to `true` (or `false` for `requires-false`). */
function flag(dotted, strictness, checkIds, scopeSelectors) {
    return {
        policyPath: rule_metadata_path(dotted),
        strictness,
        valueType: 'boolean',
        checkIds,
        ...(scopeSelectors === undefined ? {} : { scopeSelectors }),
    };
}
/** A string list; `extra` carries emptyList, enums, case and scoping, in the release's key order. */
function list(dotted, strictness, checkIds, extra = {}) {
    return { policyPath: rule_metadata_path(dotted), strictness, valueType: 'string-list', checkIds, ...extra };
}
const SANDBOX_CONTAINER_FLAGS = [
    ['denyHostNetwork', 'sandbox-container-host-network-denied'],
    ['denyContainerNamespaceJoin', 'sandbox-container-namespace-join-denied'],
    ['requireReadOnlyMounts', 'sandbox-container-mount-mode-required'],
    ['denyContainerRuntimeSocketMounts', 'sandbox-container-runtime-socket-mount'],
    ['denyUnconfinedProfiles', 'sandbox-container-unconfined-profile'],
];
const POLICY_RULE_METADATA = [
    {
        policyPath: rule_metadata_path('channels.denyRules'),
        strictness: 'denylist-superset',
        valueType: 'channel-provider-deny-rules',
        checkIds: check('channels-denied-provider'),
        emptyList: 'meaningful',
        caseSensitive: true,
    },
    list('mcp.servers.allow', 'allowlist-subset', check('mcp-unapproved-server'), {
        emptyList: 'disabled',
        caseSensitive: true,
    }),
    list('mcp.servers.deny', 'denylist-superset', check('mcp-denied-server'), { caseSensitive: true }),
    list('models.providers.allow', 'allowlist-subset', check('models-unapproved-provider'), {
        emptyList: 'disabled',
        normalizeValues: 'model-provider',
    }),
    list('models.providers.deny', 'denylist-superset', check('models-denied-provider'), {
        normalizeValues: 'model-provider',
    }),
    flag('network.privateNetwork.allow', 'requires-false', check('network-private-access-enabled')),
    flag('routing.requireBindings', 'requires-true', check('routing-bindings-required')),
    flag('routing.requireConfiguredChannels', 'requires-true', check('routing-binding-channel-unconfigured')),
    {
        policyPath: rule_metadata_path('routing.probes'),
        strictness: 'routing-probes',
        valueType: 'routing-probes',
        checkIds: check('routing-agent-mismatch', 'routing-match-kind-mismatch'),
    },
    {
        policyPath: rule_metadata_path('ingress.session.requireDmScope'),
        strictness: 'ordered-string',
        valueType: 'string',
        orderedValues: ['main', 'per-peer', 'per-channel-peer', 'per-account-channel-peer'],
        checkIds: check('ingress-dm-scope-unapproved'),
    },
    flag('gateway.exposure.allowNonLoopbackBind', 'requires-false', check('gateway-non-loopback-bind')),
    flag('gateway.exposure.allowTailscaleFunnel', 'requires-false', check('gateway-tailscale-funnel')),
    flag('gateway.auth.requireAuth', 'requires-true', check('gateway-auth-disabled')),
    flag('gateway.auth.requireExplicitRateLimit', 'requires-true', check('gateway-rate-limit-missing')),
    flag('gateway.controlUi.allowInsecure', 'requires-false', check('gateway-control-ui-insecure')),
    flag('gateway.remote.allow', 'requires-false', check('gateway-remote-enabled')),
    list('gateway.http.denyEndpoints', 'denylist-superset', check('gateway-http-endpoint-enabled'), {
        allowedValues: ['chatCompletions', 'responses'],
        caseSensitive: true,
    }),
    flag('gateway.http.requireUrlAllowlists', 'requires-true', check('gateway-http-url-fetch-unrestricted')),
    list('gateway.nodes.denyCommands', 'denylist-superset', check('gateway-node-command-denied'), {
        caseSensitive: true,
    }),
    list('agents.workspace.allowedAccess', 'allowlist-subset', check('agents-workspace-access-denied'), {
        emptyList: 'disabled',
        allowedValues: ['none', 'ro', 'rw'],
        scopeSelectors: AGENT,
    }),
    list('agents.workspace.denyTools', 'denylist-superset', check('agents-tool-not-denied'), {
        allowedValues: ['exec', 'process', 'write', 'edit', 'apply_patch'],
        scopeSelectors: AGENT,
    }),
    list('tools.profiles.allow', 'allowlist-subset', check('tools-profile-unapproved'), {
        emptyList: 'disabled',
        allowedValues: ['minimal', 'coding', 'messaging', 'full'],
        scopeSelectors: AGENT,
    }),
    flag('tools.fs.requireWorkspaceOnly', 'requires-true', check('tools-fs-workspace-only-required'), AGENT),
    list('tools.exec.allowSecurity', 'allowlist-subset', check('tools-exec-security-unapproved'), {
        emptyList: 'disabled',
        allowedValues: EXEC_SECURITY,
        scopeSelectors: AGENT,
    }),
    list('tools.exec.requireAsk', 'allowlist-subset', check('tools-exec-ask-unapproved'), {
        emptyList: 'disabled',
        allowedValues: ['off', 'on-miss', 'always'],
        scopeSelectors: AGENT,
    }),
    list('tools.exec.allowHosts', 'allowlist-subset', check('tools-exec-host-unapproved'), {
        emptyList: 'disabled',
        allowedValues: ['auto', 'sandbox', 'gateway', 'node'],
        scopeSelectors: AGENT,
    }),
    flag('tools.elevated.allow', 'requires-false', check('tools-elevated-enabled'), AGENT),
    list('tools.alsoAllow.expected', 'exact-list', check('tools-also-allow-missing', 'tools-also-allow-unexpected'), { emptyList: 'meaningful', scopeSelectors: AGENT }),
    list('tools.denyTools', 'denylist-superset', check('tools-required-deny-missing'), {
        scopeSelectors: AGENT,
    }),
    list('tools.requireMetadata', 'denylist-superset', check('tools-md-migration-required', 'tools-missing-risk-level', 'tools-missing-sensitivity-token', 'tools-missing-owner'), { allowedValues: ['risk', 'sensitivity', 'owner'] }),
    list('sandbox.requireMode', 'allowlist-subset', check('sandbox-mode-unapproved'), {
        emptyList: 'disabled',
        allowedValues: ['off', 'non-main', 'all'],
        scopeSelectors: AGENT,
    }),
    list('sandbox.allowBackends', 'allowlist-subset', check('sandbox-backend-unapproved'), {
        emptyList: 'disabled',
        scopeSelectors: AGENT,
    }),
    ...SANDBOX_CONTAINER_FLAGS.map(([rule, checkId]) => flag(`sandbox.containers.${rule}`, 'requires-true', check(checkId), AGENT)),
    flag('sandbox.browser.requireCdpSourceRange', 'requires-true', check('sandbox-browser-cdp-source-range-missing'), AGENT),
    list('ingress.channels.allowDmPolicies', 'allowlist-subset', check('ingress-dm-policy-unapproved'), {
        emptyList: 'disabled',
        allowedValues: ['pairing', 'allowlist', 'open', 'disabled'],
        scopeSelectors: CHANNEL,
    }),
    flag('ingress.channels.denyOpenGroups', 'requires-true', check('ingress-open-groups-denied'), CHANNEL),
    flag('ingress.channels.requireMentionInGroups', 'requires-true', check('ingress-group-mention-required'), CHANNEL),
    {
        ...flag('dataHandling.sensitiveLogging.requireRedaction', 'requires-true', []),
        satisfiedByInvariant: 'oc://openclaw.invariant/logging/redaction',
    },
    flag('dataHandling.telemetry.denyContentCapture', 'requires-true', check('data-handling-telemetry-content-capture')),
    flag('dataHandling.retention.requireSessionMaintenance', 'requires-true', check('data-handling-session-retention-not-enforced')),
    flag('dataHandling.memory.denySessionTranscriptIndexing', 'requires-true', check('data-handling-session-transcript-memory-enabled'), AGENT),
    flag('secrets.requireManagedProviders', 'requires-true', check('secrets-unmanaged-provider')),
    list('secrets.denySources', 'denylist-superset', check('secrets-denied-provider-source')),
    flag('secrets.allowInsecureProviders', 'requires-false', check('secrets-insecure-provider')),
    flag('execApprovals.requireFile', 'requires-true', check('exec-approvals-missing')),
    list('execApprovals.defaults.allowSecurity', 'allowlist-subset', check('exec-approvals-default-security-unapproved'), { emptyList: 'disabled', allowedValues: EXEC_SECURITY }),
    list('execApprovals.agents.allowSecurity', 'allowlist-subset', check('exec-approvals-agent-security-unapproved'), { emptyList: 'disabled', allowedValues: EXEC_SECURITY, scopeSelectors: AGENT }),
    flag('execApprovals.agents.allowAutoAllowSkills', 'requires-false', check('exec-approvals-auto-allow-skills-enabled'), AGENT),
    list('execApprovals.agents.allowlist.expected', 'exact-list', check('exec-approvals-allowlist-missing', 'exec-approvals-allowlist-unexpected'), { emptyList: 'meaningful', caseSensitive: true, scopeSelectors: AGENT }),
    list('auth.profiles.requireMetadata', 'denylist-superset', check('auth-profile-invalid-metadata'), {
        allowedValues: ['provider', 'mode'],
    }),
    list('auth.profiles.allowModes', 'allowlist-subset', check('auth-profile-unapproved-mode'), {
        emptyList: 'disabled',
        allowedValues: ['api_key', 'aws-sdk', 'oauth', 'token'],
    }),
];
/** The dotted name of a rule, e.g. `tools.exec.allowHosts`. */
function ruleName(rule) {
    return rule.policyPath.join('.');
}
/** The row of a dotted rule name; throws for a name the release does not have (a coding error). */
function ruleMetadata(dotted) {
    const rule = POLICY_RULE_METADATA.find((entry) => ruleName(entry) === dotted);
    if (rule === undefined)
        throw new Error(`no policy rule '${dotted}'`);
    return rule;
}
/** Rules a scope may override through `selector`, in metadata order. */
function rulesScopableBy(selector) {
    return POLICY_RULE_METADATA.filter((rule) => rule.scopeSelectors?.includes(selector) === true);
}

;// CONCATENATED MODULE: ./lib/engine/current/shape/exec-approval-allowlist.js
// Entries of `execApprovals.agents.allowlist.expected` (SPEC-2026.9 §5.14): a non-empty string,
// or `{ pattern, argPattern? }` with strings and no other keys. Shared by the shape check, the
// strictness comparison (entries compare by `key`) and the exec-approvals family.

/** One entry read, trimmed; undefined when it is not a valid entry. A blank argPattern is none. */
function execApprovalAllowlistRequirement(value) {
    if (typeof value === 'string') {
        const pattern = value.trim();
        return pattern === '' ? undefined : requirement(pattern, undefined);
    }
    if (!record_isRecord(value) || Object.keys(value).some((key) => key !== 'argPattern' && key !== 'pattern'))
        return undefined;
    const pattern = typeof value.pattern === 'string' ? value.pattern.trim() : '';
    if (pattern === '')
        return undefined;
    if (value.argPattern !== undefined && typeof value.argPattern !== 'string')
        return undefined;
    const argPattern = typeof value.argPattern === 'string' ? value.argPattern.trim() : undefined;
    return requirement(pattern, argPattern === '' ? undefined : argPattern);
}
/** Every entry of the list at `path`, or undefined when it is not a list of valid entries. */
function readExecApprovalAllowlistRequirements(value, path) {
    const current = valueAtPath(value, path);
    if (!Array.isArray(current))
        return undefined;
    const entries = current.map(execApprovalAllowlistRequirement);
    return entries.every((entry) => entry !== undefined) ? entries : undefined;
}
/** The first index whose entry is invalid (holes included), or -1. */
function invalidAllowlistEntryIndex(list) {
    return list.findIndex((entry) => execApprovalAllowlistRequirement(entry) === undefined);
}
function requirement(pattern, argPattern) {
    return {
        key: `${pattern}\0${argPattern ?? ''}`,
        pattern,
        ...(argPattern === undefined ? {} : { argPattern }),
    };
}

;// CONCATENATED MODULE: ./lib/engine/current/shape/shape-finding.js
// Every shape problem is reported the same way: a `policy/policy-jsonc-invalid` error on the
// policy file, with a target inside it and no requirement (SPEC-2026.9 §6).

/** `target` is the full `oc://` address. */
function shapeFinding(name, target, message, fixHint) {
    return finding({ checkId: POLICY_INVALID, message, path: name.display, target, fixHint });
}
/** The first finding of a lazily evaluated sequence of checks (later checks never run). */
function firstFinding(checks) {
    for (const found of checks)
        if (found !== undefined)
            return found;
    return undefined;
}
/** Every finding of a sequence of checks. */
function allFindings(checks) {
    return Array.from(checks).filter((found) => found !== undefined);
}

;// CONCATENATED MODULE: ./lib/engine/current/shape/ordered-shape.js
// The release's "ordered shape" template engine (SPEC-2026.9 §6.1): five primitive checks on a
// value at a dotted path, each rendering a message and a fix hint from a template. Validators call
// them in a fixed order and keep the first (or every) finding themselves.



/**
 * What is wrong with a string list, if anything: not an array, or the first entry that is not a
 * string, is blank after normalisation, or is not allowed. Holes count as bad entries unless
 * `visitHoles` is off (the rule-value validity test of `compare` skips them).
 */
function stringListIssue(value, allowed, normalize = 'trim', visitHoles = true) {
    if (!Array.isArray(value))
        return { kind: 'array' };
    const list = value;
    const index = list.findIndex((entry, entryIndex) => {
        if (!visitHoles && !(entryIndex in list))
            return false;
        if (typeof entry !== 'string')
            return true;
        const normalized = normalize === 'raw' ? entry : normalize === 'lower' ? entry.trim().toLowerCase() : entry.trim();
        return normalized === '' || (allowed !== undefined && !allowed.includes(normalized));
    });
    return index < 0 ? undefined : { kind: 'entry', index };
}
const DEFAULT_OBJECT_HINT = 'Fix {policy} so {property} is an object.';
const DEFAULT_BOOLEAN_HINT = 'Set {property} to true or false.';
const PLACEHOLDER = /\{(policy|property|key|index|unsupported|valueName|allowed)\}/g;
function orderedShape(root, context) {
    const locate = (path) => {
        const parts = path === '' ? [] : path.split('.');
        const property = [context.propertyPrefix, ...parts].filter((part) => part !== undefined).join('.');
        const targetParts = [context.targetPrefix, ...parts.map(policySegment)].filter((part) => part !== undefined);
        return { value: valueAtPath(root, parts), property, targetParts };
    };
    const diagnostic = (path, text, detail = {}) => {
        const { property, targetParts } = locate(path);
        const fields = {
            policy: context.name.display,
            property,
            key: detail.key ?? '',
            index: detail.index === undefined ? '' : String(detail.index),
            unsupported: `${property}.${detail.key ?? ''}`,
            valueName: detail.valueName ?? '',
            allowed: detail.allowed?.join(', ') ?? '',
        };
        // One pass: text substituted into a template is never expanded again.
        const render = (template) => template.replace(PLACEHOLDER, (_, field) => fields[field] ?? '');
        const suffix = detail.key !== undefined
            ? `/${policySegment(detail.key)}`
            : detail.index !== undefined
                ? `/#${detail.index}`
                : '';
        const where = targetParts.length > 0 ? `/${targetParts.join('/')}` : '';
        return shapeFinding(context.name, `oc://${context.name.document}${where}${suffix}`, render(text.message), render(text.hint));
    };
    const valueOf = (path) => locate(path).value;
    return {
        value: valueOf,
        finding: diagnostic,
        object(path, hint = DEFAULT_OBJECT_HINT, required = false) {
            const current = valueOf(path);
            if ((current === undefined && !required) || record_isRecord(current))
                return undefined;
            return diagnostic(path, { message: '{policy} {property} must be an object.', hint });
        },
        keys(path, allowed, section, hint, message = `{policy} {unsupported} is not supported in ${section} policy.`) {
            const current = valueOf(path);
            if (!record_isRecord(current))
                return undefined;
            const key = Object.keys(current).find((entry) => !allowed.includes(entry));
            return key === undefined ? undefined : diagnostic(path, { message, hint }, { key });
        },
        boolean(path, hint = DEFAULT_BOOLEAN_HINT) {
            const current = valueOf(path);
            if (current === undefined || typeof current === 'boolean')
                return undefined;
            return diagnostic(path, { message: '{policy} {property} must be a boolean.', hint });
        },
        enum(path, allowed, text) {
            const current = valueOf(path);
            if (current === undefined || (typeof current === 'string' && allowed.includes(current)))
                return undefined;
            return diagnostic(path, text, { allowed });
        },
        list(path, options = {}) {
            const current = valueOf(path);
            if (current === undefined)
                return undefined;
            const issue = stringListIssue(current, options.allowed, options.normalize);
            if (issue === undefined)
                return undefined;
            const text = issue.kind === 'array'
                ? (options.array ?? {
                    message: '{policy} {property} must be an array.',
                    hint: 'Fix {policy} so {property} is an array of {valueName}s.',
                })
                : (options.entry ?? {
                    message: '{policy} {property}[{index}] must be a supported {valueName}.',
                    hint: 'Use non-empty {valueName} entries.' +
                        (options.allowed === undefined ? '' : ' Supported values: {allowed}.'),
                });
            return diagnostic(path, text, {
                ...(issue.kind === 'entry' ? { index: issue.index } : {}),
                ...(options.valueName === undefined ? {} : { valueName: options.valueName }),
                ...(options.allowed === undefined ? {} : { allowed: options.allowed }),
            });
        },
    };
}

;// CONCATENATED MODULE: ./lib/engine/current/shape/access-shapes.js




// The enums come from the rule metadata, like the posture shapes' (SPEC-2026.9 §5.1).
const DM_SCOPES = ruleMetadata('ingress.session.requireDmScope').orderedValues ?? [];
const DM_POLICIES = ruleMetadata('ingress.channels.allowDmPolicies').allowedValues ?? [];
const EXEC_APPROVAL_SECURITY = ruleMetadata('execApprovals.agents.allowSecurity').allowedValues ?? [];
/** `allowSession: false` inside a channelIds scope, where session rules are not supported. */
function ingressShape(value, context) {
    if (value === undefined)
        return undefined;
    const shape = orderedShape(value, {
        ...context,
        propertyPrefix: context.propertyPrefix ?? 'ingress',
        targetPrefix: context.targetPrefix ?? 'ingress',
    });
    function* findings() {
        yield shape.object('');
        if (context.allowSession === false && shape.value('session') !== undefined)
            yield shape.finding('session', {
                message: '{policy} {property} is not supported by the channelIds selector.',
                hint: 'Move session ingress rules to top-level ingress; scoped ingress currently supports ingress.channels.*.',
            });
        yield shape.keys('', ['channels', 'session'], 'ingress', 'Remove {unsupported} or use ingress.session or ingress.channels.');
        yield shape.object('session');
        yield shape.object('channels');
        yield shape.keys('session', ['requireDmScope'], 'ingress', 'Remove {unsupported} or use {property}.requireDmScope.');
        yield shape.enum('session.requireDmScope', DM_SCOPES, {
            message: '{policy} {property} must be a supported DM scope.',
            hint: 'Use supported DM scopes: {allowed}.',
        });
        yield shape.keys('channels', ['allowDmPolicies', 'denyOpenGroups', 'requireMentionInGroups'], 'ingress', 'Remove {unsupported} or use a supported ingress channel policy rule.');
        yield shape.list('channels.allowDmPolicies', { allowed: DM_POLICIES, valueName: 'DM policy' });
        yield shape.boolean('channels.denyOpenGroups');
        yield shape.boolean('channels.requireMentionInGroups');
    }
    return firstFinding(findings());
}
/** `allowDefaults: false` inside a scope, where only per-agent rules may be set. */
function execApprovalsShape(value, context) {
    if (value === undefined)
        return undefined;
    const propertyPrefix = context.propertyPrefix ?? 'execApprovals';
    const targetPrefix = context.targetPrefix ?? 'execApprovals';
    const shape = orderedShape(value, { ...context, propertyPrefix, targetPrefix });
    const allowDefaults = context.allowDefaults ?? true;
    // The hints below name `execApprovals.` literally, also for scoped overlays (as the release does).
    function* findings() {
        yield shape.object('');
        yield shape.keys('', allowDefaults ? ['agents', 'defaults', 'requireFile'] : ['agents'], 'exec approvals', 'Remove {unsupported} or use a supported execApprovals rule.');
        yield shape.boolean('requireFile', 'Set execApprovals.requireFile to true or false.');
        for (const section of allowDefaults ? ['defaults', 'agents'] : ['agents'])
            yield shape.object(section);
        if (allowDefaults) {
            yield shape.keys('defaults', ['allowSecurity'], 'exec approvals', 'Use execApprovals.defaults.allowSecurity or remove the unsupported rule.');
            yield shape.list('defaults.allowSecurity', {
                allowed: EXEC_APPROVAL_SECURITY,
                valueName: 'exec approval security mode',
            });
        }
        yield shape.keys('agents', ['allowAutoAllowSkills', 'allowSecurity', 'allowlist'], 'exec approvals', 'Use execApprovals.agents.allowSecurity, execApprovals.agents.allowAutoAllowSkills, or execApprovals.agents.allowlist.expected.');
        yield shape.list('agents.allowSecurity', {
            allowed: EXEC_APPROVAL_SECURITY,
            valueName: 'exec approval security mode',
        });
        yield shape.boolean('agents.allowAutoAllowSkills', 'Set execApprovals.agents.allowAutoAllowSkills to true or false.');
        yield shape.object('agents.allowlist');
        yield shape.keys('agents.allowlist', ['expected'], 'exec approvals', 'Use execApprovals.agents.allowlist.expected or remove the unsupported rule.');
        yield allowlistExpectedFinding(shape.value('agents.allowlist.expected'), context, {
            property: `${propertyPrefix}.agents.allowlist.expected`,
            target: `${targetPrefix}/agents/allowlist/expected`,
        });
    }
    return firstFinding(findings());
}
function allowlistExpectedFinding(value, { name }, at) {
    if (value === undefined)
        return undefined;
    const policy = name.display;
    if (!Array.isArray(value))
        return shapeFinding(name, `oc://${name.document}/${at.target}`, `${policy} ${at.property} must be an array.`, `Fix ${policy} so ${at.property} is an array of exec approval allowlist entries.`);
    const index = invalidAllowlistEntryIndex(value);
    if (index < 0)
        return undefined;
    return shapeFinding(name, `oc://${name.document}/${at.target}/#${index}`, `${policy} ${at.property}[${index}] must be a non-empty string or an object with pattern and optional argPattern strings.`, 'Use entries such as "deploy" or { "pattern": "deploy", "argPattern": "^--prod$" }.');
}
/** A scope's `dataHandling` object: only `memory.denySessionTranscriptIndexing` may be scoped. */
function scopedDataHandlingShape(dataHandling, context) {
    const shape = orderedShape(dataHandling, {
        name: context.name,
        propertyPrefix: `scopes.${context.scopeName}.dataHandling`,
        targetPrefix: `${context.scopeTarget}/dataHandling`,
    });
    function* findings() {
        yield shape.keys('', ['memory'], '', 'Move global data-handling rules to top-level dataHandling, or use dataHandling.memory with agentIds.', '{policy} {unsupported} is not a supported scoped policy section.');
        yield shape.object('memory', 'Fix {policy} so the scoped dataHandling.memory policy section is an object.');
        yield shape.keys('memory', ['denySessionTranscriptIndexing'], '', 'Use dataHandling.memory.denySessionTranscriptIndexing or remove the unsupported rule.', '{policy} {unsupported} is not a supported scoped policy rule.');
        yield shape.boolean('memory.denySessionTranscriptIndexing', 'Set dataHandling.memory.denySessionTranscriptIndexing to true or false.');
    }
    return firstFinding(findings());
}

;// CONCATENATED MODULE: ./lib/engine/current/shape/posture-shapes.js
// Posture shapes of tools, sandbox, gateway and agents (SPEC-2026.9 §6.4): a list of steps per
// section, run in order, first failure wins. Allowed keys, enums and value types come from the
// rule metadata, so a rule added there is accepted here without another list to update.



const object = (dotted) => ({ kind: 'object', path: dotted.split('.') });
/** The keys a section may hold: the next path segment of every rule below it. */
function keys(dotted, section, hint, scoped = false) {
    const prefix = dotted.split('.');
    const allowed = new Set();
    for (const rule of POLICY_RULE_METADATA) {
        const below = prefix.every((part, index) => rule.policyPath[index] === part);
        if (!below || (scoped && rule.scopeSelectors?.includes('agentIds') !== true))
            continue;
        const key = rule.policyPath[prefix.length];
        if (key !== undefined)
            allowed.add(key);
    }
    return { kind: 'keys', path: prefix, allowed: [...allowed], section, hint, scoped };
}
function rule(dotted, valueName = '', style) {
    const metadata = ruleMetadata(dotted);
    if (metadata.valueType !== 'boolean' && metadata.valueType !== 'string-list')
        throw new Error(`posture shapes cannot check '${dotted}' (${metadata.valueType})`);
    return { kind: 'rule', path: metadata.policyPath, metadata, valueName, ...(style ? { style } : {}) };
}
const TOOL_SECTIONS = ['profiles', 'fs', 'exec', 'elevated', 'alsoAllow'];
const GATEWAY_SECTIONS = ['exposure', 'auth', 'controlUi', 'remote', 'http', 'nodes'];
const WORKSPACE_STEPS = [
    object('agents.workspace'),
    keys('agents.workspace', 'agent workspace', 'a supported agent workspace policy rule'),
    rule('agents.workspace.allowedAccess', '', 'workspace-access'),
    rule('agents.workspace.denyTools', '', 'workspace-tools'),
];
const TOOLS_STEPS = [
    keys('tools', 'tools', 'a supported tools policy rule'),
    ...TOOL_SECTIONS.map((section) => object(`tools.${section}`)),
    keys('tools.profiles', 'tools', { key: 'allow' }),
    rule('tools.profiles.allow', 'tool profile id'),
    keys('tools.fs', 'tools', { key: 'requireWorkspaceOnly' }),
    rule('tools.fs.requireWorkspaceOnly'),
    keys('tools.exec', 'tools', 'a supported tools exec policy rule'),
    rule('tools.exec.allowSecurity', 'exec security mode'),
    rule('tools.exec.requireAsk', 'exec ask mode'),
    rule('tools.exec.allowHosts', 'exec host'),
    keys('tools.elevated', 'tools', { key: 'allow' }),
    rule('tools.elevated.allow'),
    keys('tools.alsoAllow', 'tools', { key: 'expected' }),
    rule('tools.alsoAllow.expected', 'tool id'),
    rule('tools.denyTools', 'tool id or group'),
];
const SHAPES = {
    agents: [object('agents'), keys('agents', 'agents', { key: 'workspace' }), ...WORKSPACE_STEPS],
    workspace: WORKSPACE_STEPS,
    tools: TOOLS_STEPS,
    // A scope first rejects rules that cannot be scoped (tools.requireMetadata), then runs the rest.
    'scoped-tools': [
        keys('tools', 'agent-scoped tools', '', true),
        ...TOOL_SECTIONS.map((section) => keys(`tools.${section}`, 'agent-scoped tools', '', true)),
        ...TOOLS_STEPS,
    ],
    sandbox: [
        object('sandbox'),
        keys('sandbox', 'sandbox', 'a supported sandbox posture rule'),
        rule('sandbox.requireMode', 'sandbox mode'),
        rule('sandbox.allowBackends', 'sandbox backend id'),
        object('sandbox.containers'),
        object('sandbox.browser'),
        keys('sandbox.containers', 'sandbox', 'a supported sandbox container posture rule'),
        ...POLICY_RULE_METADATA.filter((entry) => entry.policyPath[0] === 'sandbox' && entry.policyPath[1] === 'containers').map((entry) => rule(entry.policyPath.join('.'))),
        keys('sandbox.browser', 'sandbox', 'a supported sandbox browser posture rule'),
        rule('sandbox.browser.requireCdpSourceRange'),
    ],
    gateway: [
        object('gateway'),
        ...GATEWAY_SECTIONS.map((section) => object(`gateway.${section}`)),
        keys('gateway', 'Gateway', 'a supported Gateway policy section'),
        ...GATEWAY_SECTIONS.map((section) => keys(`gateway.${section}`, 'Gateway', 'a supported Gateway policy rule')),
        rule('gateway.exposure.allowNonLoopbackBind'),
        rule('gateway.exposure.allowTailscaleFunnel'),
        rule('gateway.auth.requireAuth'),
        rule('gateway.auth.requireExplicitRateLimit'),
        rule('gateway.controlUi.allowInsecure'),
        rule('gateway.remote.allow'),
        rule('gateway.http.requireUrlAllowlists'),
        rule('gateway.http.denyEndpoints', '', 'http-endpoints'),
        rule('gateway.nodes.denyCommands', '', 'node-commands'),
    ],
};
const ROOTS = {
    agents: 'agents',
    workspace: 'agents.workspace',
    tools: 'tools',
    'scoped-tools': 'tools',
    sandbox: 'sandbox',
    gateway: 'gateway',
};
/**
 * The first shape problem of a posture section. `value` is the section itself (e.g. `policy.tools`);
 * an absent section has none. The prefixes default to the section's top-level path.
 */
function posture_shapes_postureShapeFinding(shape, value, context) {
    if (value === undefined)
        return undefined;
    const root = ROOTS[shape];
    const rootDepth = root.split('.').length;
    const validator = orderedShape(value, {
        ...context,
        propertyPrefix: context.propertyPrefix ?? root,
        targetPrefix: context.targetPrefix ?? root.replaceAll('.', '/'),
    });
    function* findings() {
        for (const step of SHAPES[shape])
            yield runStep(validator, step, step.path.slice(rootDepth).join('.'), shape);
    }
    return firstFinding(findings());
}
function runStep(validator, step, path, shape) {
    if (step.kind === 'object')
        return validator.object(path);
    if (step.kind === 'keys') {
        const hint = step.scoped
            ? 'Move {unsupported} to top-level tools or use a supported scoped tools posture rule.'
            : `Remove {unsupported} or use ${typeof step.hint === 'string' ? step.hint : `{property}.${step.hint.key}`}.`;
        return validator.keys(path, step.allowed, step.section, hint);
    }
    if (step.metadata.valueType === 'boolean')
        return validator.boolean(path, shape === 'gateway' ? 'Fix {policy} so {property} is true or false.' : undefined);
    if (step.style === undefined)
        return validator.list(path, {
            ...(step.metadata.allowedValues === undefined ? {} : { allowed: step.metadata.allowedValues }),
            valueName: step.valueName,
        });
    return styledListFinding(validator, path, step.style, step.metadata.allowedValues);
}
const STYLED_LISTS = {
    'workspace-access': {
        arrayHint: 'Use workspace access values such as ["none", "ro"].',
        entryHint: 'Use workspace access values such as ["none", "ro"].',
        entryMessage: 'must be none, ro, or rw.',
    },
    'workspace-tools': {
        arrayHint: 'Use tool ids such as ["exec", "process", "write", "edit", "apply_patch"].',
        entryHint: 'Use supported tool ids: {allowed}.',
        entryMessage: 'must be a supported agent workspace tool id.',
    },
    'http-endpoints': {
        arrayHint: 'Use an array of endpoint ids such as ["responses"] or remove gateway.http.denyEndpoints.',
        entryHint: 'Use supported endpoint ids: {allowed}.',
        entryMessage: 'must be a supported endpoint id.',
    },
    'node-commands': {
        arrayHint: 'Use an array of node command ids such as ["system.run"] or remove gateway.nodes.denyCommands.',
        entryHint: 'Use non-empty node command ids.',
        entryMessage: 'must be a non-empty node command id.',
    },
};
function styledListFinding(validator, path, style, allowed) {
    const words = STYLED_LISTS[style];
    // Workspace access values are compared untrimmed: " ro" is not "ro".
    return validator.list(path, {
        ...(style === 'node-commands' || allowed === undefined ? {} : { allowed }),
        normalize: style === 'workspace-access' ? 'raw' : 'trim',
        array: { message: '{policy} {property} must be an array.', hint: words.arrayHint },
        entry: { message: `{policy} {property}[{index}] ${words.entryMessage}`, hint: words.entryHint },
    });
}

;// CONCATENATED MODULE: ./lib/engine/current/shape/routing-shape.js
// The routing section's shape (SPEC-2026.9 §6.6). Unlike the template-driven sections, routing
// words its own messages, and every problem has the same fix hint. First failure only.



/** The match kinds a routing probe may expect, in the release's order. */
const ROUTING_MATCH_KINDS = [
    'binding.peer',
    'binding.peer.parent',
    'binding.peer.wildcard',
    'binding.guild+roles',
    'binding.guild',
    'binding.team',
    'binding.account',
    'binding.channel',
    'default',
];
const ROUTING_KEYS = ['probes', 'requireBindings', 'requireConfiguredChannels'];
const PROBE_KEYS = ['expect', 'id', 'route'];
const ROUTE_KEYS = ['accountId', 'channel', 'guildId', 'memberRoleIds', 'parentPeer', 'peer', 'teamId'];
const PEER_KINDS = ['channel', 'direct', 'group'];
/** A string with something other than whitespace (the release's `hasNonEmptyString`). */
function isNonBlankString(value) {
    return typeof value === 'string' && value.trim() !== '';
}
function unsupportedKey(value, allowed) {
    return Object.keys(value).find((key) => !allowed.includes(key));
}
function routingShape(value, name) {
    if (value === undefined)
        return undefined;
    const report = (target, message) => shapeFinding(name, `oc://${name.document}/${target}`, `${name.display} ${message}`, `Fix ${name.display} so routing uses the documented policy syntax.`);
    if (!record_isRecord(value))
        return report('routing', 'routing must be an object.');
    const unknown = unsupportedKey(value, ROUTING_KEYS);
    if (unknown !== undefined)
        return report(`routing/${policySegment(unknown)}`, `routing.${unknown} is not supported.`);
    for (const key of ['requireBindings', 'requireConfiguredChannels'])
        if (value[key] !== undefined && typeof value[key] !== 'boolean')
            return report(`routing/${key}`, `routing.${key} must be a boolean.`);
    if (value.probes === undefined)
        return undefined;
    if (!Array.isArray(value.probes))
        return report('routing/probes', 'routing.probes must be an array.');
    const probes = value.probes;
    const ids = new Set();
    for (const [index, probe] of probes.entries()) {
        const target = `routing/probes/#${index}`;
        const property = `routing.probes[${index}]`;
        if (!record_isRecord(probe))
            return report(target, `${property} must be an object.`);
        const unknownProbeKey = unsupportedKey(probe, PROBE_KEYS);
        if (unknownProbeKey !== undefined)
            return report(`${target}/${policySegment(unknownProbeKey)}`, `${property}.${unknownProbeKey} is not supported.`);
        if (!isNonBlankString(probe.id))
            return report(`${target}/id`, `${property}.id must be a non-empty string.`);
        const id = probe.id.trim();
        if (ids.has(id))
            return report(`${target}/id`, `routing probe id ${id} must be unique.`);
        ids.add(id);
        const problem = routeFinding(probe.route, `${target}/route`, `${property}.route`, report) ??
            expectFinding(probe.expect, `${target}/expect`, `${property}.expect`, report);
        if (problem !== undefined)
            return problem;
    }
    return undefined;
}
function routeFinding(value, target, property, report) {
    if (!record_isRecord(value))
        return report(target, `${property} must be an object.`);
    const unknown = unsupportedKey(value, ROUTE_KEYS);
    if (unknown !== undefined)
        return report(`${target}/${policySegment(unknown)}`, `${property}.${unknown} is not supported.`);
    if (!isNonBlankString(value.channel))
        return report(`${target}/channel`, `${property}.channel must be a non-empty string.`);
    for (const key of ['accountId', 'guildId', 'teamId'])
        if (value[key] !== undefined && !isNonBlankString(value[key]))
            return report(`${target}/${key}`, `${property}.${key} must be a non-empty string.`);
    for (const key of ['peer', 'parentPeer']) {
        const problem = peerFinding(value[key], `${target}/${key}`, `${property}.${key}`, report);
        if (problem !== undefined)
            return problem;
    }
    const roles = value.memberRoleIds;
    if (roles !== undefined && !uniqueNonBlankStrings(roles))
        return report(`${target}/memberRoleIds`, `${property}.memberRoleIds must contain unique non-empty strings.`);
    return undefined;
}
/** Role ids are unique after trimming. */
function uniqueNonBlankStrings(value) {
    if (!Array.isArray(value) || value.length === 0)
        return false;
    const list = value;
    if (list.some((entry) => !isNonBlankString(entry)))
        return false;
    return new Set(list.map((entry) => String(entry).trim())).size === list.length;
}
function peerFinding(value, target, property, report) {
    if (value === undefined)
        return undefined;
    if (!record_isRecord(value))
        return report(target, `${property} must be an object.`);
    const unknown = unsupportedKey(value, ['id', 'kind']);
    if (unknown !== undefined)
        return report(`${target}/${policySegment(unknown)}`, `${property}.${unknown} is not supported.`);
    if (typeof value.kind !== 'string' || !PEER_KINDS.includes(value.kind))
        return report(`${target}/kind`, `${property}.kind must be direct, group, or channel.`);
    if (!isNonBlankString(value.id))
        return report(`${target}/id`, `${property}.id must be a non-empty string.`);
    return undefined;
}
function expectFinding(value, target, property, report) {
    if (!record_isRecord(value))
        return report(target, `${property} must be an object.`);
    const unknown = unsupportedKey(value, ['agentId', 'matchedBy']);
    if (unknown !== undefined)
        return report(`${target}/${policySegment(unknown)}`, `${property}.${unknown} is not supported.`);
    if (!isNonBlankString(value.agentId))
        return report(`${target}/agentId`, `${property}.agentId must be a non-empty string.`);
    if (value.matchedBy !== undefined && !isValidMatchKindList(value.matchedBy))
        return report(`${target}/matchedBy`, `${property}.matchedBy must contain unique supported match kinds.`);
    return undefined;
}
/** A non-empty list of distinct supported match kinds (exact spelling). */
function isValidMatchKindList(value) {
    if (!Array.isArray(value) || value.length === 0)
        return false;
    const list = value;
    return (list.every((entry) => typeof entry === 'string' && ROUTING_MATCH_KINDS.includes(entry)) &&
        new Set(list).size === list.length);
}

;// CONCATENATED MODULE: ./lib/engine/current/agent-id.js
// OpenClaw's agent-id normalisation (`normalizeAgentId`, SPEC-2026.9 §3.1). Account ids are
// canonicalised the same way (`normalizeAccountId` in routing/resolve-route.ts).
const DEFAULT_AGENT_ID = 'main';
const VALID_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/i;
/** Trimmed and lowercased; other ids are slugged to `[a-z0-9_-]`, cut to 64; empty → `main`. */
function normalizeAgentId(value) {
    return normalizeAgentIdStrict(value) ?? DEFAULT_AGENT_ID;
}
// Pure, and called with the same few thousand ids over and over (every evidence entry of every
// scoped agent): remembered, up to a bound.
const remembered = new Map();
const REMEMBERED_MAX = 1 << 16;
/** The same without the fallback: undefined when nothing representable is left. */
function normalizeAgentIdStrict(value) {
    const key = value ?? '';
    if (remembered.has(key))
        return remembered.get(key);
    const normalized = normalizeUncached(key);
    if (remembered.size >= REMEMBERED_MAX)
        remembered.clear();
    remembered.set(key, normalized);
    return normalized;
}
function normalizeUncached(value) {
    const trimmed = value.trim();
    const lowered = trimmed.toLowerCase();
    if (VALID_ID.test(trimmed))
        return lowered;
    const slug = lowered
        .replace(/[^a-z0-9_-]+/g, '-')
        .replace(/^-+/, '')
        .replace(/-+$/, '')
        .slice(0, 64);
    return slug === '' ? undefined : slug;
}

;// CONCATENATED MODULE: ./lib/engine/current/tool-matcher.js
// OpenClaw's tool deny matching as the 2026.9.6 policy plugin uses it (`toolListCoversTool`,
// `expandPolicyToolRequirement`; SPEC-2026.9 §7.3, §10.2): tool names are trimmed, lowercased and
// folded through the aliases, `group:<section>` entries expand to the core tool catalog, and `*`
// in an entry is a glob. Data read from the release's `tool-policy-shared` and `tool-catalog`.
/** Names OpenClaw folds before matching (`TOOL_NAME_ALIASES`). */
const TOOL_NAME_ALIASES = new Map([
    ['bash', 'exec'],
    ['apply-patch', 'apply_patch'],
    ['cron', 'automations'],
]);
const SESSION_TOOLS = [
    'sessions',
    'sessions_list',
    'sessions_history',
    'sessions_search',
    'conversations_list',
    'conversations_send',
    'conversations_turn',
    'sessions_send',
    'sessions_spawn',
    'github_identity_status',
    'github_publish',
    'agents_wait',
    'sessions_yield',
    'subagents',
    'session_status',
    'suggest_task',
    'dismiss_task',
];
const AGENT_TOOLS = [
    'agents_list',
    'get_goal',
    'create_goal',
    'update_goal',
    'progress_card',
    'ask_user',
    'skill_workshop',
];
const MEDIA_TOOLS = ['view_image', 'image_generate', 'music_generate', 'video_generate', 'tts', 'pdf'];
const AUTOMATION_TOOLS = ['heartbeat_respond', 'automations', 'gateway', 'plugins', 'openclaw'];
const NODE_TOOLS = ['nodes', 'computer', 'mobile_ui'];
/** The core tool groups of 2026.9.6 (`CORE_TOOL_GROUPS`), each in catalog order. */
const TOOL_GROUPS = Object.freeze({
    // Every catalog tool included in the OpenClaw group; `canvas` is the one tool left out.
    'group:openclaw': [
        'code_execution',
        'secrets',
        'web_search',
        'web_fetch',
        'x_search',
        'memory_search',
        'memory_get',
        ...SESSION_TOOLS,
        'browser',
        'screen',
        'theme',
        'dashboard',
        'terminal',
        'portal',
        'show_widget',
        'message',
        ...AUTOMATION_TOOLS,
        ...NODE_TOOLS,
        ...AGENT_TOOLS,
        ...MEDIA_TOOLS,
    ],
    'group:fs': ['ls', 'read', 'write', 'edit', 'apply_patch'],
    'group:runtime': ['exec', 'process', 'code_execution', 'secrets'],
    'group:web': ['web_search', 'web_fetch', 'x_search'],
    'group:memory': ['memory_search', 'memory_get'],
    'group:sessions': SESSION_TOOLS,
    'group:ui': ['browser', 'screen', 'theme', 'dashboard', 'terminal', 'portal', 'canvas', 'show_widget'],
    'group:messaging': ['message'],
    'group:automation': AUTOMATION_TOOLS,
    'group:nodes': NODE_TOOLS,
    'group:agents': AGENT_TOOLS,
    'group:media': MEDIA_TOOLS,
});
/** `normalizeToolPolicyName`: trimmed, lowercased, aliases folded; '' for blank input. */
function normalizeToolPolicyName(name) {
    const normalized = name.trim().toLowerCase();
    return TOOL_NAME_ALIASES.get(normalized) ?? normalized;
}
/** `expandToolGroups`: normalised names, groups replaced by their tools, first occurrence kept. */
function expandToolGroups(list) {
    const expanded = [];
    for (const name of list) {
        const normalized = normalizeToolPolicyName(name);
        if (normalized === '')
            continue;
        const group = Object.hasOwn(TOOL_GROUPS, normalized) ? TOOL_GROUPS[normalized] : undefined;
        if (group !== undefined)
            expanded.push(...group);
        else
            expanded.push(normalized);
    }
    return [...new Set(expanded)];
}
function toolPattern(entry) {
    if (entry === '*')
        return { kind: 'all' };
    if (!entry.includes('*'))
        return { kind: 'exact', value: entry };
    const escaped = entry.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll('\\*', '.*');
    return { kind: 'glob', value: new RegExp(`^${escaped}$`) };
}
function patternMatches(pattern, tool) {
    if (pattern.kind === 'all')
        return true;
    if (pattern.kind === 'exact')
        return pattern.value === tool;
    return pattern.value.test(tool);
}
// Matchers by deny-list content: every agent of a large roster tends to carry the same list, and
// a matcher is a pure function of it. Bounded, like any cache of input-derived keys.
const matchers = new Map();
const MATCHERS_MAX = 1 << 12;
/** A predicate: whether a deny list (groups, globs, aliases) denies a tool. */
function toolDenyMatcher(denyList) {
    const key = JSON.stringify(denyList);
    let matcher = matchers.get(key);
    if (matcher === undefined) {
        const patterns = expandToolGroups(denyList).map(toolPattern);
        matcher = (tool) => {
            const normalized = normalizeToolPolicyName(tool);
            return patterns.some((pattern) => patternMatches(pattern, normalized));
        };
        if (matchers.size >= MATCHERS_MAX)
            matchers.clear();
        matchers.set(key, matcher);
    }
    return matcher;
}
/** `toolListCoversTool`: whether `denyList` denies `tool`. */
function toolListDenies(denyList, tool) {
    return toolDenyMatcher(denyList)(tool);
}

;// CONCATENATED MODULE: ./lib/engine/current/strictness.js
// Whether one value of a policy rule is at least as strict as another (SPEC-2026.9 §12.3), driven
// by the rule's metadata. Scope validation uses it for overrides (§9.1) and `policy compare` for
// candidate-versus-baseline claims; `policyRuleValueIsValid` is compare's validity test (§12.2).







const ALLOWLIST_EXPECTED = 'execApprovals.agents.allowlist.expected';
function isPolicyValueAtLeastAsStrict(metadata, candidate, baseline) {
    switch (metadata.strictness) {
        case 'allowlist-subset':
            return isAllowlistSubset(metadata, candidate, baseline);
        case 'denylist-superset':
            return isDenylistSuperset(metadata, candidate, baseline);
        case 'ordered-string':
            return isOrderedStringAtLeastAsStrict(metadata, candidate, baseline);
        case 'requires-true':
            return baseline !== true || candidate === true;
        case 'requires-false':
            return baseline !== false || candidate === false;
        case 'exact-list':
            return isSameStringList(metadata, candidate, baseline);
        case 'routing-probes':
            return routingProbesAtLeastAsStrict(candidate, baseline);
    }
}
/**
 * `compare`'s test that a claimed value is well-formed for its rule. Lists skip holes here (the
 * shape checks count them) and compare enums lowercased unless the rule is case-sensitive.
 */
function policyRuleValueIsValid(metadata, value) {
    switch (metadata.valueType) {
        case 'boolean':
            return typeof value === 'boolean';
        case 'channel-provider-deny-rules':
            return (Array.isArray(value) &&
                value.every((entry) => record_isRecord(entry) && record_isRecord(entry.when) && isNonBlankString(entry.when.provider)));
        case 'routing-probes':
            return Array.isArray(value);
        case 'string-list':
        case 'string': {
            if (metadata.valueType === 'string-list' && metadata.policyPath.join('.') === ALLOWLIST_EXPECTED)
                return readExecApprovalAllowlistRequirements(value, []) !== undefined;
            const allowed = metadata.allowedValues ?? metadata.orderedValues;
            const caseSensitive = metadata.caseSensitive === true;
            return (stringListIssue(metadata.valueType === 'string' ? [value] : value, caseSensitive ? allowed : allowed?.map((entry) => entry.toLowerCase()), caseSensitive ? 'trim' : 'lower', false) === undefined);
        }
    }
}
/**
 * A list rule's value as compared: trimmed non-blank entries, lowercased unless case-sensitive,
 * provider ids normalised; allowlist entries by key; channel deny rules by provider. Undefined
 * when the value is not such a list.
 */
function strictness_policyStringList(value, metadata) {
    if (metadata.valueType === 'channel-provider-deny-rules')
        return channelDenyProviders(value, metadata);
    if (!Array.isArray(value))
        return undefined;
    if (metadata.policyPath.join('.') === ALLOWLIST_EXPECTED)
        return readExecApprovalAllowlistRequirements(value, [])?.map((entry) => entry.key);
    const list = value;
    if (!list.every((entry) => typeof entry === 'string'))
        return undefined;
    return list
        .map((entry) => entry.trim())
        .filter(Boolean)
        .map((entry) => normalizeListEntry(entry, metadata));
}
function normalizeListEntry(entry, metadata) {
    if (metadata.normalizeValues === 'model-provider')
        return normalizeProviderIdPlain(entry);
    return metadata.caseSensitive === true ? entry : entry.toLowerCase();
}
/** The providers of a list of well-formed deny rules (blank providers dropped). */
function channelDenyProviders(value, metadata) {
    if (!Array.isArray(value))
        return undefined;
    const providers = [];
    for (const rule of value) {
        if (!isChannelDenyRule(rule))
            return undefined;
        const provider = rule.when.provider.trim();
        if (provider !== '')
            providers.push(metadata.caseSensitive === true ? provider : provider.toLowerCase());
    }
    return providers;
}
/** `{ id?: string, reason?: string, when: { provider: string } }` (other keys tolerated here). */
function isChannelDenyRule(value) {
    return (record_isRecord(value) &&
        (value.id === undefined || typeof value.id === 'string') &&
        (value.reason === undefined || typeof value.reason === 'string') &&
        record_isRecord(value.when) &&
        typeof value.when.provider === 'string');
}
/** A single string rule's value as compared (trimmed; lowercased unless case-sensitive). */
function policyString(value, metadata) {
    if (typeof value !== 'string' || value.trim() === '')
        return undefined;
    const trimmed = value.trim();
    return metadata.caseSensitive === true ? trimmed : trimmed.toLowerCase();
}
/** A candidate allowlist may only allow what the baseline allows; `[]` may mean "no rule". */
function isAllowlistSubset(metadata, candidate, baseline) {
    const candidateList = strictness_policyStringList(candidate, metadata);
    const baselineList = strictness_policyStringList(baseline, metadata);
    if (candidateList === undefined || baselineList === undefined)
        return false;
    if (metadata.emptyList === 'disabled') {
        if (baselineList.length === 0)
            return true;
        if (candidateList.length === 0)
            return false;
    }
    const allowed = new Set(baselineList);
    return candidateList.every((entry) => allowed.has(entry));
}
/** A candidate denylist must deny everything the baseline denies (tools: through groups and globs). */
function isDenylistSuperset(metadata, candidate, baseline) {
    const candidateList = strictness_policyStringList(candidate, metadata);
    const baselineList = strictness_policyStringList(baseline, metadata);
    if (candidateList === undefined || baselineList === undefined)
        return false;
    if (metadata.policyPath.join('.') === 'tools.denyTools')
        return baselineList
            .flatMap((entry) => expandToolGroups([entry]))
            .every((tool) => toolListDenies(candidateList, tool));
    const denied = new Set(candidateList);
    return baselineList.every((entry) => denied.has(entry));
}
function isOrderedStringAtLeastAsStrict(metadata, candidate, baseline) {
    const candidateValue = policyString(candidate, metadata);
    const baselineValue = policyString(baseline, metadata);
    if (candidateValue === undefined || baselineValue === undefined || metadata.orderedValues === undefined)
        return false;
    const ordered = metadata.orderedValues.map((entry) => metadata.caseSensitive === true ? entry : entry.toLowerCase());
    const candidateIndex = ordered.indexOf(candidateValue);
    const baselineIndex = ordered.indexOf(baselineValue);
    return candidateIndex >= 0 && baselineIndex >= 0 && candidateIndex >= baselineIndex;
}
/** The same entries, ignoring order (duplicates count). */
function isSameStringList(metadata, candidate, baseline) {
    const candidateList = strictness_policyStringList(candidate, metadata);
    const baselineList = strictness_policyStringList(baseline, metadata);
    if (candidateList === undefined || baselineList === undefined)
        return false;
    const candidateSorted = candidateList.toSorted();
    const baselineSorted = baselineList.toSorted();
    return (candidateSorted.length === baselineSorted.length &&
        candidateSorted.every((entry, index) => entry === baselineSorted[index]));
}
/**
 * Every baseline probe is kept (same id, same route, same agent) and expects no match kind the
 * baseline does not; candidate ids must be unique.
 */
function routingProbesAtLeastAsStrict(candidate, baseline) {
    if (!Array.isArray(candidate) || !Array.isArray(baseline))
        return false;
    const candidateById = new Map();
    for (const entry of candidate) {
        if (!record_isRecord(entry) || !isNonBlankString(entry.id) || candidateById.has(entry.id))
            return false;
        candidateById.set(entry.id, entry);
    }
    return baseline.every((baselineEntry) => {
        if (!record_isRecord(baselineEntry) || !isNonBlankString(baselineEntry.id))
            return false;
        const candidateEntry = candidateById.get(baselineEntry.id);
        if (candidateEntry === undefined)
            return false;
        const candidateRoute = canonicalRoute(candidateEntry.route);
        const baselineRoute = canonicalRoute(baselineEntry.route);
        if (candidateRoute === undefined || baselineRoute === undefined || candidateRoute !== baselineRoute)
            return false;
        const candidateExpect = candidateEntry.expect;
        const baselineExpect = baselineEntry.expect;
        if (!record_isRecord(candidateExpect) ||
            !record_isRecord(baselineExpect) ||
            !isNonBlankString(candidateExpect.agentId) ||
            !isNonBlankString(baselineExpect.agentId) ||
            normalizeAgentId(candidateExpect.agentId) !== normalizeAgentId(baselineExpect.agentId))
            return false;
        return matchKindsAtLeastAsStrict(candidateExpect.matchedBy, baselineExpect.matchedBy);
    });
}
function matchKindsAtLeastAsStrict(candidate, baseline) {
    if (baseline === undefined)
        return candidate === undefined || isValidMatchKindList(candidate);
    if (!isValidMatchKindList(candidate) || !isValidMatchKindList(baseline))
        return false;
    const baselineKinds = new Set(baseline);
    return candidate.every((kind) => baselineKinds.has(kind));
}
const strictness_ROUTE_KEYS = ['accountId', 'channel', 'guildId', 'memberRoleIds', 'parentPeer', 'peer', 'teamId'];
/** A route written so that equal routes give equal strings; undefined for a malformed route. */
function canonicalRoute(value) {
    if (!record_isRecord(value) || Object.keys(value).some((key) => !strictness_ROUTE_KEYS.includes(key)))
        return undefined;
    if (!isNonBlankString(value.channel))
        return undefined;
    if ([value.accountId, value.guildId, value.teamId].some((id) => id !== undefined && !isNonBlankString(id)))
        return undefined;
    const peer = canonicalPeer(value.peer);
    const parentPeer = canonicalPeer(value.parentPeer);
    if (peer === null || parentPeer === null)
        return undefined;
    const roles = value.memberRoleIds;
    if (roles !== undefined) {
        if (!Array.isArray(roles) || roles.length === 0)
            return undefined;
        const list = roles;
        if (list.some((role) => !isNonBlankString(role)) || new Set(list).size !== list.length)
            return undefined;
    }
    // Key order and `undefined` members follow the release's JSON.stringify of the same object.
    return JSON.stringify({
        channel: value.channel.trim().toLowerCase(),
        accountId: normalizeAccountId(typeof value.accountId === 'string' ? value.accountId : undefined),
        peer,
        parentPeer,
        guildId: typeof value.guildId === 'string' ? value.guildId.trim() : undefined,
        teamId: typeof value.teamId === 'string' ? value.teamId.trim() : undefined,
        memberRoleIds: Array.isArray(roles) ? roles.toSorted() : undefined,
    });
}
/** undefined: no peer; null: a malformed peer. */
function canonicalPeer(value) {
    if (value === undefined)
        return undefined;
    if (!record_isRecord(value) || Object.keys(value).some((key) => key !== 'id' && key !== 'kind'))
        return null;
    if (typeof value.kind !== 'string' || !['channel', 'direct', 'group'].includes(value.kind))
        return null;
    if (!isNonBlankString(value.id))
        return null;
    return { kind: value.kind, id: value.id.trim() };
}
const DEFAULT_ACCOUNT_ID = 'default';
const VALID_ACCOUNT_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/i;
const PROTOTYPE_KEYS = new Set(['__proto__', 'prototype', 'constructor']);
/** OpenClaw's `normalizeAccountId`: like agent ids, but blank or unrepresentable ids are `default`. */
function normalizeAccountId(value) {
    const trimmed = (value ?? '').trim();
    if (trimmed === '')
        return DEFAULT_ACCOUNT_ID;
    const lowered = trimmed.toLowerCase();
    const canonical = VALID_ACCOUNT_ID.test(trimmed)
        ? lowered
        : lowered
            .replace(/[^a-z0-9_-]+/g, '-')
            .replace(/^-+/, '')
            .replace(/-+$/, '')
            .slice(0, 64);
    return canonical === '' || PROTOTYPE_KEYS.has(canonical) ? DEFAULT_ACCOUNT_ID : canonical;
}

;// CONCATENATED MODULE: ./lib/engine/current/shape/scoped-overrides.js
// The last scopes check (SPEC-2026.9 §9.1, the release's `duplicateScopedPolicyFieldFinding`):
// a scope may only tighten a rule. Its value must be at least as strict as the top-level rule, and
// when several scopes select the same agent (or channel) and set the same rule, each later value
// must be at least as strict as the one before. Agent selectors are judged first, then channels.






const SELECTOR_KINDS = [
    { selector: 'agentIds', label: 'agent', normalize: normalizeAgentId },
    { selector: 'channelIds', label: 'channel', normalize: (raw) => raw.trim().toLowerCase() },
];
/** `scopes` must already be an object; `policy` supplies the top-level values. */
function scopedOverrideFinding(scopes, policy, name) {
    for (const kind of SELECTOR_KINDS) {
        const found = overrideFindingFor(kind, scopes, policy, name);
        if (found !== undefined)
            return found;
    }
    return undefined;
}
function overrideFindingFor(kind, scopes, policy, name) {
    const report = (field, message, fixHint) => shapeFinding(name, `oc://${name.document}/${field.target}`, `${name.display} ${message}`, fixHint);
    /** The effective scoped value per (selector value, rule): the scope that set it last. */
    const effective = new Map();
    for (const [scopeName, overlay] of Object.entries(scopes)) {
        if (!record_isRecord(overlay))
            continue;
        const selectorValues = overlay[kind.selector];
        if (!Array.isArray(selectorValues))
            continue;
        const fields = scopedFields(scopeName, overlay, kind.selector);
        const property = (field) => `scopes.${scopeName}.${field.rule}`;
        for (const raw of selectorValues) {
            if (typeof raw !== 'string' || raw.trim() === '')
                continue;
            const selectorValue = kind.normalize(raw);
            for (const field of fields) {
                const topLevel = valueAtPath(policy, field.metadata.policyPath);
                if (topLevel !== undefined && !isPolicyValueAtLeastAsStrict(field.metadata, field.value, topLevel))
                    return report(field, `${property(field)} is weaker than the top-level ${field.rule} policy.`, 'Use an equally or more restrictive scoped value, or remove the scoped override.');
                const key = `${selectorValue}\0${field.rule}`;
                const previous = effective.get(key);
                if (previous !== undefined &&
                    !isPolicyValueAtLeastAsStrict(field.metadata, field.value, previous.field.value))
                    return report(field, `${property(field)} is not an equally or more restrictive override of ${previous.property} for ${kind.label} '${selectorValue}'.`, `Use one effective scoped value per ${kind.label}, or make later scoped values stricter according to policy metadata.`);
                effective.set(key, { property: property(field), field });
            }
        }
    }
    return undefined;
}
/** The rules a scope sets that `selector` may scope, in metadata order. */
function scopedFields(scopeName, overlay, selector) {
    const prefix = scopeTargetPrefix(scopeName);
    return rulesScopableBy(selector).flatMap((metadata) => {
        const value = valueAtPath(overlay, metadata.policyPath);
        if (value === undefined)
            return [];
        return [
            {
                metadata,
                rule: ruleName(metadata),
                target: `${prefix}/${metadata.policyPath.map(policySegment).join('/')}`,
                value,
            },
        ];
    });
}

;// CONCATENATED MODULE: ./lib/engine/current/shape/scopes-shape.js
// The shape of `scopes` (SPEC-2026.9 §9.1): each named scope in key order — selectors, which
// sections a selector allows, then each overlay section's own shape — and finally the override
// strictness check across scopes. First failure only.








const SCOPE_KEYS = [
    'agentIds',
    'channelIds',
    'agents',
    'dataHandling',
    'execApprovals',
    'tools',
    'sandbox',
    'ingress',
];
const AGENT_SCOPED_SECTIONS = ['agents', 'dataHandling', 'execApprovals', 'tools', 'sandbox'];
/** `value` is `policy.scopes`; `policy` the whole document (for the top-level values). */
function scopesShape(value, policy, name) {
    if (value === undefined)
        return undefined;
    if (!record_isRecord(value))
        return orderedShape(value, { name, propertyPrefix: 'scopes', targetPrefix: 'scopes' }).object('', 'Fix {policy} so scopes maps scope names to policy overlays with selectors such as agentIds.');
    const scopes = value;
    function* findings() {
        for (const [scopeName, overlay] of Object.entries(scopes))
            yield* scopeFindings(scopeName, overlay, name);
        yield scopedOverrideFinding(scopes, policy, name);
    }
    return firstFinding(findings());
}
/** The checks of one named scope, lazily, in the release's order. */
function* scopeFindings(scopeName, overlay, name) {
    const targetPrefix = scopeTargetPrefix(scopeName);
    const propertyPrefix = `scopes.${scopeName}`;
    const shape = orderedShape(overlay, { name, propertyPrefix, targetPrefix });
    yield shape.object('', 'Fix {policy} so the named policy scope is an object.', true);
    const hasAgentIds = shape.value('agentIds') !== undefined;
    const hasChannelIds = shape.value('channelIds') !== undefined;
    if (!hasAgentIds && !hasChannelIds)
        yield shape.finding('', {
            message: '{policy} {property} must define at least one selector.',
            hint: 'List agentIds for agent-scoped policy or channelIds for channel-scoped ingress policy.',
        });
    yield selectorFinding(shape, 'agentIds', 'agent');
    yield selectorFinding(shape, 'channelIds', 'channel');
    if (shape.value('ingress') !== undefined && !hasChannelIds)
        yield shape.finding('ingress', {
            message: '{policy} {property} requires the channelIds selector.',
            hint: 'Move global ingress rules to top-level ingress, or list channelIds for channel-scoped ingress policy.',
        });
    if (AGENT_SCOPED_SECTIONS.some((section) => shape.value(section) !== undefined) && !hasAgentIds)
        yield shape.finding('', {
            message: '{policy} {property} uses agent-scoped sections without agentIds.',
            hint: 'List agentIds for agents.workspace, dataHandling.memory, tools, or sandbox policy sections.',
        });
    yield shape.keys('', SCOPE_KEYS, '', 'Use agentIds with agents.workspace, dataHandling.memory, execApprovals, tools, or sandbox, and channelIds with ingress.channels.', '{policy} {unsupported} is not a supported scoped policy section.');
    yield shape.object('dataHandling', 'Fix {policy} so the scoped dataHandling policy section is an object.');
    const dataHandling = shape.value('dataHandling');
    if (record_isRecord(dataHandling))
        yield scopedDataHandlingShape(dataHandling, { name, scopeName, scopeTarget: targetPrefix });
    yield scopedAgentsShape(shape.value('agents'), name, scopeName);
    yield scopedExecApprovalsShape(shape.value('execApprovals'), name, scopeName);
    yield scopedToolsShape(shape.value('tools'), name, scopeName);
    yield posture_shapes_postureShapeFinding('sandbox', shape.value('sandbox'), {
        name,
        ...sectionPrefixes(scopeName, 'sandbox'),
    });
    yield ingressShape(shape.value('ingress'), {
        name,
        ...sectionPrefixes(scopeName, 'ingress'),
        allowSession: false,
    });
}
/** Where a scope's section is addressed: `scopes.<name>.<section>` and `scopes/<seg>/<section>`. */
function sectionPrefixes(scopeName, section) {
    return {
        propertyPrefix: `scopes.${scopeName}.${section}`,
        targetPrefix: `${scopeTargetPrefix(scopeName)}/${section.replaceAll('.', '/')}`,
    };
}
/** A scope's `agents`: an object holding only `workspace`, whose rules are then checked. */
function scopedAgentsShape(value, name, scopeName) {
    const shape = orderedShape({ agents: value }, { name, propertyPrefix: `scopes.${scopeName}`, targetPrefix: scopeTargetPrefix(scopeName) });
    return firstFinding((function* () {
        yield shape.object('agents', 'Fix {policy} so the scoped agents policy section is an object.');
        yield shape.keys('agents', ['workspace'], '', 'Move the rule under agents.workspace or a supported scoped top-level section.', '{policy} {unsupported} is not supported by the agentIds selector.');
        yield posture_shapes_postureShapeFinding('workspace', shape.value('agents.workspace'), {
            name,
            ...sectionPrefixes(scopeName, 'agents.workspace'),
        });
    })());
}
function scopedExecApprovalsShape(value, name, scopeName) {
    return execApprovalsShape(value, {
        name,
        ...sectionPrefixes(scopeName, 'execApprovals'),
        allowDefaults: false,
    });
}
/** A scope's `tools`: an object; rules that cannot be scoped are rejected before the rest. */
function scopedToolsShape(value, name, scopeName) {
    if (value !== undefined && !record_isRecord(value))
        return orderedShape(value, { name, ...sectionPrefixes(scopeName, 'tools') }).object('', 'Fix {policy} so the scoped tools policy overlay is an object.');
    return posture_shapes_postureShapeFinding('scoped-tools', value, { name, ...sectionPrefixes(scopeName, 'tools') });
}
/** `agentIds` / `channelIds`: a non-empty list of strings, unique after normalisation. */
function selectorFinding(shape, path, kind) {
    const valueName = `${kind} id`;
    const listProblem = shape.list(path, { valueName });
    if (listProblem !== undefined)
        return listProblem;
    const value = shape.value(path);
    if (!Array.isArray(value))
        return undefined;
    if (value.length === 0)
        return shape.finding(path, {
            message: '{policy} {property} must include at least one {valueName}.',
            hint: 'Add one or more {valueName}s to {policy} {property}.',
        }, { valueName });
    const firstIndexOf = new Map();
    for (const [index, raw] of value.entries()) {
        if (typeof raw !== 'string')
            continue;
        const normalized = kind === 'agent' ? normalizeAgentId(raw) : raw.trim().toLowerCase();
        const previous = firstIndexOf.get(normalized);
        if (previous !== undefined)
            return shape.finding(path, {
                message: `{policy} {property}[{index}] duplicates {property}[${previous}] after normalization.`,
                hint: 'List each {valueName} only once per named policy scope.',
            }, { index, valueName });
        firstIndexOf.set(normalized, index);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/engine/current/shape/container-shape.js
// The container shape of a policy document (SPEC-2026.9 §6.2, the release's
// `policyContainerShapeFindings`): top-level sections, then each section in the release's order,
// stopping at the first problem. Family validators (family-shapes.ts) run separately.







/** The top-level sections of a 2026.9.6 policy (SPEC-2026.9 §5); anything else is an error. */
const POLICY_SECTIONS = [
    'auth',
    'agents',
    'channels',
    'dataHandling',
    'execApprovals',
    'gateway',
    'ingress',
    'mcp',
    'models',
    'network',
    'routing',
    'sandbox',
    'scopes',
    'secrets',
    'tools',
];
function container_shape_containerShapeFinding(policy, name) {
    if (!record_isRecord(policy))
        return shapeFinding(name, `oc://${name.document}`, `${name.display} must contain a policy object.`, `Fix ${name.display} so the top-level policy is an object.`);
    const document = policy;
    const shape = orderedShape(document, { name });
    const context = { name };
    function* findings() {
        yield shape.keys('', POLICY_SECTIONS, '', 'Remove {key} or use a supported policy section.', '{policy} {key} is not a supported policy section.');
        yield shape.object('tools');
        yield posture_shapes_postureShapeFinding('tools', document.tools, context);
        yield shape.object('channels');
        yield shape.keys('channels', ['denyRules'], 'channel', 'Remove {unsupported} or use channels.denyRules.');
        yield shape.object('mcp');
        yield shape.keys('mcp', ['servers'], 'MCP', 'Remove {unsupported} or use mcp.servers.');
        yield shape.object('dataHandling');
        yield* allowDenyLists(shape, 'mcp.servers', 'MCP server id');
        yield shape.object('models');
        yield shape.keys('models', ['providers'], 'model', 'Remove {unsupported} or use models.providers.');
        yield* allowDenyLists(shape, 'models.providers', 'model provider id');
        yield shape.object('network');
        yield shape.keys('network', ['privateNetwork'], 'network', 'Remove {unsupported} or use network.privateNetwork.');
        yield shape.object('network.privateNetwork');
        yield shape.keys('network.privateNetwork', ['allow'], 'network', 'Remove {unsupported} or use network.privateNetwork.allow.');
        yield shape.boolean('network.privateNetwork.allow', 'Fix {policy} so {property} is true or false.');
        yield shape.object('secrets');
        yield shape.keys('secrets', ['allowInsecureProviders', 'denySources', 'requireManagedProviders'], 'secrets', 'Remove {unsupported} or use a supported secrets policy rule.');
        yield shape.object('auth');
        yield shape.keys('auth', ['profiles'], 'auth', 'Remove {unsupported} or use auth.profiles.');
        yield shape.object('auth.profiles');
        yield shape.keys('auth.profiles', ['allowModes', 'requireMetadata'], 'auth profile', 'Remove {unsupported} or use a supported auth profile policy rule.');
        yield execApprovalsShape(document.execApprovals, context);
        yield posture_shapes_postureShapeFinding('sandbox', document.sandbox, context);
        yield ingressShape(document.ingress, context);
        yield posture_shapes_postureShapeFinding('gateway', document.gateway, context);
        yield routingShape(document.routing, name);
        yield posture_shapes_postureShapeFinding('agents', document.agents, context);
        yield scopesShape(document.scopes, document, name);
    }
    return firstFinding(findings());
}
/** `mcp.servers` / `models.providers`: an object of `allow` and `deny` string lists. */
function* allowDenyLists(shape, path, valueName) {
    yield shape.object(path);
    yield shape.keys(path, ['allow', 'deny'], '', 'Remove {unsupported} or use {property}.allow or {property}.deny.', '{policy} {unsupported} is not supported in policy.');
    for (const key of ['allow', 'deny'])
        yield shape.list(`${path}.${key}`, {
            valueName,
            entry: {
                message: '{policy} {property}[{index}] must be a non-empty string.',
                hint: 'Fix {policy} so each {property} entry is a {valueName}.',
            },
        });
}

;// CONCATENATED MODULE: ./lib/engine/current/shape/family-shapes.js
// Shape validators that run inside their families, in addition to the container check (SPEC-2026.9
// §6.3). Some report the first problem, some every problem; a family whose validator reports
// anything reports that instead of its findings (except auth requireMetadata, which is appended).





const allowedValuesOf = (rule) => ruleMetadata(rule).allowedValues ?? [];
/** `channels.denyRules`: a list; unknown keys in a rule, then the first rule without a provider. */
function channelDenyRuleShapeFindings(policy, name) {
    const shape = orderedShape(policy, { name });
    const rules = shape.value('channels.denyRules');
    if (rules === undefined)
        return [];
    if (!Array.isArray(rules))
        return [
            shape.finding('channels.denyRules', {
                message: '{policy} {property} must be an array.',
                hint: 'Fix {policy} so channel deny rules are an array.',
            }),
        ];
    const list = rules;
    for (const [index, rule] of list.entries()) {
        if (!record_isRecord(rule))
            continue;
        const entry = orderedShape(rule, {
            name,
            propertyPrefix: `channels.denyRules[${index}]`,
            targetPrefix: `channels/denyRules/#${index}`,
        });
        const message = '{policy} {unsupported} is not supported in channel deny rules.';
        const problem = entry.keys('', ['id', 'reason', 'when'], '', 'Remove {unsupported} or use id, when.provider, and reason.', message) ?? entry.keys('when', ['provider'], '', 'Remove {unsupported} or use when.provider.', message);
        if (problem !== undefined)
            return [problem];
    }
    const index = list.findIndex((rule) => !isChannelDenyRule(rule));
    if (index < 0)
        return [];
    return [
        shape.finding('channels.denyRules', {
            message: '{policy} {property}[{index}] must define when.provider as a string.',
            hint: 'Fix {policy} so each channel deny rule has a provider match.',
        }, { index }),
    ];
}
const DATA_HANDLING_SECTIONS = [
    ['sensitiveLogging', 'requireRedaction'],
    ['telemetry', 'denyContentCapture'],
    ['retention', 'requireSessionMaintenance'],
    ['memory', 'denySessionTranscriptIndexing'],
];
/** Every problem: unknown sections, non-object sections, then the first problem per section. */
function dataHandlingShapeFindings(policy, name) {
    if (!record_isRecord(policy) || !record_isRecord(policy.dataHandling))
        return [];
    const shape = orderedShape(policy, { name });
    function* sectionRule(section, rule) {
        yield shape.keys(`dataHandling.${section}`, [rule], 'data-handling', `Remove {unsupported} or use {property}.${rule}.`);
        yield shape.boolean(`dataHandling.${section}.${rule}`);
    }
    function* findings() {
        yield shape.keys('dataHandling', ['memory', 'retention', 'sensitiveLogging', 'telemetry'], 'data-handling', 'Remove {unsupported} or use a supported data-handling policy rule.');
        for (const [section] of DATA_HANDLING_SECTIONS)
            yield shape.object(`dataHandling.${section}`, 'Fix {property} so it contains boolean policy rules.');
        for (const [section, rule] of DATA_HANDLING_SECTIONS)
            yield firstFinding(sectionRule(section, rule));
    }
    return allFindings(findings());
}
/** Every problem among the three secrets rules. */
function secretsShapeFindings(policy, name) {
    if (!record_isRecord(policy) || !record_isRecord(policy.secrets))
        return [];
    const shape = orderedShape(policy, { name });
    return allFindings([
        shape.boolean('secrets.requireManagedProviders'),
        shape.boolean('secrets.allowInsecureProviders'),
        shape.list('secrets.denySources', {
            array: {
                message: '{policy} {property} must be an array of source names.',
                hint: 'Use an array such as ["exec"] or remove secrets.denySources.',
            },
            entry: {
                message: '{policy} {property}[{index}] must be a non-empty source name.',
                hint: 'Use non-empty source names such as env, file, exec, or openclaw.',
            },
        }),
    ]);
}
/** `auth.profiles.allowModes`: supported modes, compared lowercased. */
function authAllowModesShapeFindings(policy, name) {
    return authListFindings(policy, name, 'auth.profiles.allowModes', 'auth mode', 'auth modes');
}
/** `auth.profiles.requireMetadata`: supported metadata keys, compared lowercased. */
function authRequireMetadataShapeFindings(policy, name) {
    return authListFindings(policy, name, 'auth.profiles.requireMetadata', 'metadata key', 'metadata keys');
}
function authListFindings(policy, name, rule, one, many) {
    const hint = `Use supported ${many}: {allowed}.`;
    const problem = orderedShape(policy, { name }).list(rule, {
        allowed: allowedValuesOf(rule),
        normalize: 'lower',
        array: { message: `{policy} {property} must be an array of ${many}.`, hint },
        entry: { message: `{policy} {property}[{index}] must be a supported ${one}.`, hint },
    });
    return problem === undefined ? [] : [problem];
}
/**
 * `tools.requireMetadata` (the release's `toolMetadataRequirementFindings`): written out rather
 * than templated, and checked even when `tools` holds other problems.
 */
function toolsRequireMetadataShapeFindings(policy, name) {
    if (!record_isRecord(policy) || !record_isRecord(policy.tools) || policy.tools.requireMetadata === undefined)
        return [];
    const supported = allowedValuesOf('tools.requireMetadata');
    const fixHint = `Use supported metadata keys: ${supported.join(', ')}.`;
    const base = `oc://${name.document}/tools/requireMetadata`;
    const requireMetadata = policy.tools.requireMetadata;
    if (!Array.isArray(requireMetadata))
        return [
            shapeFinding(name, base, `${name.display} tools.requireMetadata must be an array of metadata keys.`, fixHint),
        ];
    const index = requireMetadata.findIndex((entry) => typeof entry !== 'string' || !supported.includes(entry.trim().toLowerCase()));
    if (index < 0)
        return [];
    return [
        shapeFinding(name, `${base}/#${index}`, `${name.display} tools.requireMetadata[${index}] must be a supported metadata key.`, fixHint),
    ];
}

;// CONCATENATED MODULE: ./lib/engine/current/shape/index.js
// The policy shape layer of OpenClaw 2026.9.6 (SPEC-2026.9 §6, §9.1): every
// `policy/policy-jsonc-invalid` finding the release derives from the rule metadata. Families
// call the section validators to skip themselves when their section is invalid (§6.3).
//
// Modules: ordered-shape (the template engine), posture-shapes (tools, sandbox, gateway, agents),
// access-shapes (ingress, exec approvals), routing-shape, scopes-shape + scoped-overrides,
// container-shape (the first-failure walk), family-shapes (validators run inside families).











/** §6.2: the container steps in the release's order; the first failure only (≤ 1 finding). */
function policyContainerShapeFindings(policy, name) {
    const found = container_shape_containerShapeFinding(policy, name);
    return found === undefined ? [] : [found];
}
/** §9.1: whether `scopes` is valid as a whole (scoped evaluation runs only then). */
function hasValidScopedPolicy(policy, name) {
    return record_isRecord(policy) && scopesShape(policy.scopes, policy, name) === undefined;
}
/*
 * Section validators (first failure within the section). `value` is the section itself (e.g.
 * `policy.ingress`, or a scope overlay's `ingress`); an absent section is valid. `scopeName` set:
 * the overlay `scopes.<scopeName>.<section>` (property prefix and target follow it), checked as
 * the scopes shape checks it (no ingress.session, no execApprovals.defaults, no unscopable tools
 * rules, `agents` holding only `workspace`).
 */
function ingressShapeFinding(value, name, scopeName) {
    if (scopeName === undefined)
        return ingressShape(value, { name });
    return ingressShape(value, { name, ...sectionPrefixes(scopeName, 'ingress'), allowSession: false });
}
/**
 * Like the release, this does not report a `tools` value that is not an object (the container
 * check does, and the families test `isRecord` themselves); a scope's `tools` is reported.
 */
function toolsPostureShapeFinding(value, name, scopeName) {
    if (scopeName === undefined)
        return posture_shapes_postureShapeFinding('tools', value, { name });
    return scopedToolsShape(value, name, scopeName);
}
function sandboxPostureShapeFinding(value, name, scopeName) {
    const prefixes = scopeName === undefined ? {} : sectionPrefixes(scopeName, 'sandbox');
    return posture_shapes_postureShapeFinding('sandbox', value, { name, ...prefixes });
}
function agentsPostureShapeFinding(value, name, scopeName) {
    if (scopeName === undefined)
        return posture_shapes_postureShapeFinding('agents', value, { name });
    return scopedAgentsShape(value, name, scopeName);
}
function gatewayPostureShapeFinding(value, name) {
    return postureShapeFinding('gateway', value, { name });
}
function routingShapeFinding(value, name) {
    return routingShape(value, name);
}
/**
 * The exec-approvals family reports this finding too (step 12.14), so an invalid section yields
 * two identical findings: this one from the container check and the family's.
 */
function execApprovalsShapeFinding(value, name, scopeName) {
    if (scopeName === undefined)
        return execApprovalsShape(value, { name });
    return scopedExecApprovalsShape(value, name, scopeName);
}

;// CONCATENATED MODULE: ./lib/engine/families/tool-metadata.js
// Tool metadata of OpenClaw 2026.9.6 (SPEC-2026.9 §8), a family of this release only: governed
// tools are declared in AGENTS.md's `## Tools` section, and `tools.requireMetadata` names the
// fields each must declare. A TOOLS.md left in the workspace blocks evaluation until
// `openclaw doctor --fix` migrates it (§8.3).







/** Blocks evaluation while a TOOLS.md is left to migrate (§8.3). */
const TOOLS_MD_MIGRATION_REQUIRED = 'policy/tools-md-migration-required';
/**
 * The required metadata keys (§4 step 7): the trimmed, lowercased entries of `tools.requireMetadata`
 * when its shape is valid (a list of supported keys), else none.
 */
function requiredToolMetadata(policy) {
    if (toolsRequireMetadataShapeFindings(policy, ANY_POLICY_NAME).length > 0)
        return new Set();
    const list = record_isRecord(policy) && record_isRecord(policy.tools) ? policy.tools.requireMetadata : undefined;
    if (!Array.isArray(list))
        return new Set();
    return new Set(list.map((entry) => String(entry).trim().toLowerCase()).filter((key) => key !== ''));
}
const toolMetadataFamily = {
    name: 'tools',
    evidence: [
        {
            key: 'tools',
            inEarlyReturns: false,
            // The evaluator reads AGENTS.md exactly when some metadata is required.
            collectedFor: (source) => source.agentsMarkdown !== undefined,
            collect: (source) => scanAgentsMarkdownTools(source.agentsMarkdown ?? ''),
        },
    ],
    findings: toolMetadataFindings,
};
/** Steps 12.16–12.20: requirement shape, TOOLS.md migration, then risk, sensitivity, owner. */
function toolMetadataFindings({ policy, name, evidence, legacyToolsFile }) {
    const findings = [...toolsRequireMetadataShapeFindings(policy, name)];
    if (legacyToolsFile)
        findings.push(migrationFinding(name));
    const required = requiredToolMetadata(policy);
    const tools = evidence.tools ?? [];
    const about = toolFinding(name);
    for (const check of METADATA_CHECKS) {
        if (!required.has(check.key))
            continue;
        for (const tool of tools) {
            const problem = check.problem(tool);
            if (problem !== undefined)
                findings.push(about(tool, problem));
        }
    }
    return findings;
}
/** One pass over the tools per check, in the release's order (all missing risks come first). */
const METADATA_CHECKS = [
    {
        key: 'risk',
        problem: (tool) => tool.risk === undefined
            ? {
                checkId: 'policy/tools-missing-risk-level',
                message: `AGENTS.md tool '${tool.id}' has no explicit risk classification.`,
                fixHint: 'Declare risk:low, risk:medium, risk:high, risk:critical, or an R0-R5 review alias.',
            }
            : undefined,
    },
    {
        key: 'risk',
        problem: (tool) => tool.risk !== undefined && !KNOWN_RISKS.includes(tool.risk)
            ? {
                checkId: 'policy/tools-unknown-risk-level',
                message: `AGENTS.md tool '${tool.id}' declares unknown risk '${tool.risk}'.`,
                fixHint: `Use one of: ${KNOWN_RISKS.join(', ')}.`,
            }
            : undefined,
    },
    { key: 'sensitivity', problem: sensitivityProblem },
    {
        key: 'owner',
        problem: (tool) => tool.owner === undefined
            ? {
                checkId: 'policy/tools-missing-owner',
                message: `AGENTS.md tool '${tool.id}' has no declared owner.`,
                fixHint: 'Declare owner:<team-or-person> for this tool.',
            }
            : undefined,
    },
];
function sensitivityProblem(tool) {
    if (tool.sensitivity === undefined) {
        return {
            checkId: 'policy/tools-missing-sensitivity-token',
            message: `AGENTS.md tool '${tool.id}' has no declared artifact sensitivity.`,
            fixHint: `Declare sensitivity as one of: ${KNOWN_SENSITIVITIES.join(', ')}.`,
        };
    }
    if (KNOWN_SENSITIVITIES.includes(tool.sensitivity))
        return undefined;
    return {
        checkId: 'policy/tools-unknown-sensitivity-token',
        message: `AGENTS.md tool '${tool.id}' declares unknown sensitivity '${tool.sensitivity}'.`,
        fixHint: `Use one of: ${KNOWN_SENSITIVITIES.join(', ')}.`,
    };
}
/** The `tools.requireMetadata` rule every tool metadata finding points back to. */
const requireMetadataRule = (name) => requirementOf(topLevelRules(name, 'tools'), 'requireMetadata');
/** A finding about one declared tool: at its AGENTS.md line, against `tools.requireMetadata`. */
function toolFinding(name) {
    const requirement = requireMetadataRule(name);
    return (tool, { checkId, message, fixHint }) => finding({
        checkId,
        message,
        path: 'AGENTS.md',
        line: tool.line,
        ocPath: tool.source,
        target: tool.source,
        requirement,
        fixHint,
    });
}
/** §8.3: any TOOLS.md, whatever it holds, while metadata is required. */
function migrationFinding(name) {
    return finding({
        checkId: TOOLS_MD_MIGRATION_REQUIRED,
        message: 'TOOLS.md contains unmigrated governed tool declarations; run `openclaw doctor --fix` to migrate them into the AGENTS.md `## Tools` section before policy evaluation can pass.',
        path: 'TOOLS.md',
        target: 'oc://TOOLS.md/tools',
        requirement: requireMetadataRule(name),
        fixHint: 'Run `openclaw doctor --fix` to migrate TOOLS.md into the AGENTS.md `## Tools` section.',
    });
}

;// CONCATENATED MODULE: ./lib/engine/current/policy-scope.js
// Which rules a policy sets, top level or in a scope overlay (SPEC-2026.9 §5 "has rules"), and
// the targets of scoped overlays (§9.2). Decides which evidence families are collected.


/** `scopes` entries whose value is an object, in key order. */
function scopeOverlays(policy) {
    if (!record_isRecord(policy) || !record_isRecord(policy.scopes))
        return [];
    return Object.entries(policy.scopes).filter((entry) => record_isRecord(entry[1]));
}
/** One target per (scope, non-blank agent id), the id normalised. */
function agentScopeTargets(policy) {
    return scopeOverlays(policy).flatMap(([scopeName, overlay]) => selectorValues(overlay.agentIds).map((raw) => ({ scopeName, agentId: normalizeAgentId(raw), overlay })));
}
/** One target per (scope, non-blank channel id), trimmed and lowercased. */
function channelScopeTargets(policy) {
    return scopeOverlays(policy).flatMap(([scopeName, overlay]) => selectorValues(overlay.channelIds).map((raw) => ({
        scopeName,
        channelId: raw.trim().toLowerCase(),
        overlay,
    })));
}
function selectorValues(value) {
    if (!Array.isArray(value))
        return [];
    return value.filter((entry) => typeof entry === 'string' && entry.trim() !== '');
}
/** Whether an evidence entry's agent is the scoped agent (both normalised). */
function scopedAgentIdMatches(evidenceAgentId, policyAgentId) {
    return (evidenceAgentId !== undefined && normalizeAgentId(evidenceAgentId) === normalizeAgentId(policyAgentId));
}
function policyOrScopeHasRules(policy, section, hasRules) {
    if (!record_isRecord(policy))
        return false;
    return hasRules(policy[section]) || scopeOverlays(policy).some(([, overlay]) => hasRules(overlay[section]));
}
const defined = (record, ...keys) => keys.some((key) => record[key] !== undefined);
const sub = (value, key) => record_isRecord(value) && record_isRecord(value[key]) ? value[key] : undefined;
function execApprovalsPolicyHasRules(value) {
    return (record_isRecord(value) && (value.requireFile !== undefined || record_isRecord(value.defaults) || record_isRecord(value.agents)));
}
const policyHasExecApprovalsRules = (policy) => policyOrScopeHasRules(policy, 'execApprovals', execApprovalsPolicyHasRules);
function policyHasSecretRules(policy) {
    const secrets = sub(policy, 'secrets');
    return (secrets !== undefined &&
        defined(secrets, 'requireManagedProviders', 'denySources', 'allowInsecureProviders'));
}
function policyHasAuthProfileRules(policy) {
    const profiles = sub(sub(policy, 'auth'), 'profiles');
    return profiles !== undefined && defined(profiles, 'requireMetadata', 'allowModes');
}
function ingressPolicyHasRules(value) {
    const session = sub(value, 'session');
    const channels = sub(value, 'channels');
    return ((session !== undefined && session.requireDmScope !== undefined) ||
        (channels !== undefined &&
            defined(channels, 'allowDmPolicies', 'denyOpenGroups', 'requireMentionInGroups')));
}
const policyHasIngressRules = (policy) => policyOrScopeHasRules(policy, 'ingress', ingressPolicyHasRules);
const policyHasRoutingRules = (policy) => record_isRecord(policy) && record_isRecord(policy.routing);
function policyHasGatewayRules(policy) {
    const gateway = sub(policy, 'gateway');
    if (gateway === undefined)
        return false;
    const has = (section, ...keys) => {
        const value = sub(gateway, section);
        return value !== undefined && defined(value, ...keys);
    };
    return (has('exposure', 'allowNonLoopbackBind', 'allowTailscaleFunnel') ||
        has('auth', 'requireAuth', 'requireExplicitRateLimit') ||
        has('controlUi', 'allowInsecure') ||
        has('remote', 'allow') ||
        has('http', 'denyEndpoints', 'requireUrlAllowlists') ||
        has('nodes', 'denyCommands'));
}
function workspacePolicyHasRules(value) {
    return record_isRecord(value) && defined(value, 'allowedAccess', 'denyTools');
}
function policyHasAgentWorkspaceRules(policy) {
    if (!record_isRecord(policy))
        return false;
    if (workspacePolicyHasRules(sub(policy, 'agents')?.workspace))
        return true;
    return scopeOverlays(policy).some(([, overlay]) => workspacePolicyHasRules(sub(overlay, 'agents')?.workspace));
}
const SANDBOX_CONTAINER_RULES = [
    'denyHostNetwork',
    'denyContainerNamespaceJoin',
    'requireReadOnlyMounts',
    'denyContainerRuntimeSocketMounts',
    'denyUnconfinedProfiles',
];
function sandboxPosturePolicyHasRules(value) {
    if (!record_isRecord(value))
        return false;
    const containers = sub(value, 'containers');
    return (defined(value, 'requireMode', 'allowBackends') ||
        (containers !== undefined && defined(containers, ...SANDBOX_CONTAINER_RULES)) ||
        sub(value, 'browser')?.requireCdpSourceRange !== undefined);
}
const policyHasSandboxPostureRules = (policy) => policyOrScopeHasRules(policy, 'sandbox', sandboxPosturePolicyHasRules);
function dataHandlingPolicyHasRules(value) {
    const rule = (section, key) => sub(value, section)?.[key] !== undefined;
    return (rule('sensitiveLogging', 'requireRedaction') ||
        rule('telemetry', 'denyContentCapture') ||
        rule('retention', 'requireSessionMaintenance') ||
        rule('memory', 'denySessionTranscriptIndexing'));
}
const policyHasDataHandlingRules = (policy) => policyOrScopeHasRules(policy, 'dataHandling', dataHandlingPolicyHasRules);
function toolPosturePolicyHasRules(value) {
    if (!record_isRecord(value))
        return false;
    const rule = (section, ...keys) => {
        const record = sub(value, section);
        return record !== undefined && defined(record, ...keys);
    };
    return (rule('profiles', 'allow') ||
        rule('fs', 'requireWorkspaceOnly') ||
        rule('exec', 'allowSecurity', 'requireAsk', 'allowHosts') ||
        rule('elevated', 'allow') ||
        rule('alsoAllow', 'expected') ||
        value.denyTools !== undefined);
}
const policyHasToolPostureRules = (policy) => policyOrScopeHasRules(policy, 'tools', toolPosturePolicyHasRules);

;// CONCATENATED MODULE: ./lib/engine/current/config-values.js
// How the 2026.9.6 evidence scanners read config values (SPEC-2026.9 §7): OpenClaw's lenient
// coercions, and the agent-over-defaults layering every per-agent posture value goes through
// (tool posture, sandbox, agent workspace; §7.3, §7.5, §7.6).

/** `normalizeOptionalString`: a string trimmed, or undefined when blank or not a string. */
function trimmedString(value) {
    if (typeof value !== 'string')
        return undefined;
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
}
/** `asBoolean`. */
function booleanValue(value) {
    return typeof value === 'boolean' ? value : undefined;
}
/** `readStringArray`: the non-blank strings of an array, untrimmed; [] for anything else. */
function nonBlankStrings(value) {
    if (!Array.isArray(value))
        return [];
    return value.filter((entry) => typeof entry === 'string' && entry.trim() !== '');
}
/** Where the layers an agent inherits from live: `agents.defaults` and the global `tools`. */
const config_values_AGENT_DEFAULTS_SOURCE = configAddress('agents', 'defaults');
const GLOBAL_TOOLS_SOURCE = configAddress('tools');
function layeredValue(local, inherited, fallback) {
    return {
        value: local ?? inherited ?? fallback,
        explicit: local !== undefined || inherited !== undefined,
        inherited: local === undefined && inherited !== undefined,
    };
}

;// CONCATENATED MODULE: ./lib/engine/current/evidence-entries.js
// What the 2026.9.6 evidence scanners share when they build entries (SPEC-2026.9 §7): the
// optional `agentId` key and the release's entry order.

/** `{ agentId }` for an agent's entry, nothing for the global or defaults entry. */
function agentIdField(agentId) {
    return agentId === undefined ? {} : { agentId };
}
/** The release's evidence order: `localeCompare` by source, then by id (stable). */
function sortedBySourceThenId(entries) {
    return entries.toSorted((a, b) => compareKeys(a.source, b.source) || compareKeys(a.id, b.id));
}

;// CONCATENATED MODULE: ./lib/engine/families/agent-workspace/entries.js
// The entry types of the agentWorkspace evidence (SPEC-2026.9 §7.3). Field order is the release's
// key order: the scanner builds entries in it and the report prints them so.
/** The tools that can reach the workspace (`AGENT_WORKSPACE_POLICY_TOOLS`). */
const WORKSPACE_TOOLS = ['exec', 'process', 'write', 'edit', 'apply_patch'];

;// CONCATENATED MODULE: ./lib/engine/families/agent-workspace/evidence.js
// The agentWorkspace evidence of OpenClaw 2026.9.6 (`scanPolicyAgentWorkspace`, SPEC-2026.9
// §7.3): for `agents.defaults` and each configured agent, the sandbox workspace access and
// whether each workspace tool is denied.






function scanAgentWorkspace(config) {
    const defaultSandbox = recordOrEmpty(recordOrEmpty(recordOrEmpty(config.agents).defaults).sandbox);
    const globalTools = recordOrEmpty(config.tools);
    const subjects = [
        {
            id: 'agents-defaults',
            scope: 'defaults',
            sandbox: defaultSandbox,
            inheritedSandbox: {},
            tools: globalTools,
            inheritedTools: {},
            workspaceBase: config_values_AGENT_DEFAULTS_SOURCE,
            toolsBase: GLOBAL_TOOLS_SOURCE,
        },
    ];
    for (const agent of configuredAgentSettings(config)) {
        subjects.push({
            id: agent.agentId,
            scope: 'agent',
            agentId: agent.agentId,
            sandbox: recordOrEmpty(agent.value.sandbox),
            inheritedSandbox: defaultSandbox,
            tools: recordOrEmpty(agent.value.tools),
            inheritedTools: globalTools,
            workspaceBase: agent.sourceBase,
            toolsBase: `${agent.sourceBase}/tools`,
        });
    }
    return sortedBySourceThenId(subjects.flatMap(subjectEntries));
}
/** The source of a sandbox setting: the layer that sets it, else the defaults' address. */
function sandboxSettingSource(subject, key) {
    if (trimmedString(subject.sandbox[key]) !== undefined)
        return `${subject.workspaceBase}/sandbox/${key}`;
    return `${config_values_AGENT_DEFAULTS_SOURCE}/sandbox/${key}`;
}
function subjectEntries(subject) {
    const mode = trimmedString(subject.sandbox.mode) ?? trimmedString(subject.inheritedSandbox.mode) ?? 'off';
    const sandboxEnabled = mode === 'all';
    const access = trimmedString(subject.sandbox.workspaceAccess);
    const inheritedAccess = trimmedString(subject.inheritedSandbox.workspaceAccess);
    const agentId = agentIdField(subject.agentId);
    return [
        {
            id: `${subject.id}-workspace-access`,
            kind: 'workspaceAccess',
            source: sandboxSettingSource(subject, 'workspaceAccess'),
            scope: subject.scope,
            ...agentId,
            value: access ?? inheritedAccess ?? 'none',
            sandboxMode: mode,
            sandboxModeSource: sandboxSettingSource(subject, 'mode'),
            sandboxEnabled,
            explicit: access !== undefined,
        },
        ...WORKSPACE_TOOLS.map((tool) => {
            const denial = toolDenial(subject, tool, sandboxEnabled);
            return {
                id: `${subject.id}-tool-${tool}`,
                kind: 'toolDeny',
                source: denial?.source ?? `${subject.toolsBase}/deny`,
                scope: subject.scope,
                ...agentId,
                tool,
                denied: denial !== undefined,
                explicit: denial !== undefined,
            };
        }),
    ];
}
/**
 * The first list that denies the tool: the subject's own `tools.deny`, the inherited one, and,
 * when the sandbox covers the main session, the subject's `tools.sandbox.tools.deny` if it has
 * that array, else the inherited one.
 */
function toolDenial(subject, tool, sandboxEnabled) {
    const lists = [
        { entries: nonBlankStrings(subject.tools.deny), source: `${subject.toolsBase}/deny` },
        { entries: nonBlankStrings(subject.inheritedTools.deny), source: `${GLOBAL_TOOLS_SOURCE}/deny` },
    ];
    if (sandboxEnabled) {
        const own = sandboxToolDeny(subject.tools);
        lists.push(own !== undefined
            ? { entries: own, source: `${subject.toolsBase}/sandbox/tools/deny` }
            : {
                entries: sandboxToolDeny(subject.inheritedTools) ?? [],
                source: `${GLOBAL_TOOLS_SOURCE}/sandbox/tools/deny`,
            });
    }
    return lists.find((list) => toolListDenies(list.entries, tool));
}
/** `tools.sandbox.tools.deny` when it is an array, else undefined. */
function sandboxToolDeny(tools) {
    const deny = recordOrEmpty(recordOrEmpty(tools.sandbox).tools).deny;
    return Array.isArray(deny) ? nonBlankStrings(deny) : undefined;
}

;// CONCATENATED MODULE: ./lib/engine/current/agent-entry-index.js
// Evidence entries grouped by normalised agent id, built once per evidence slice and shared by
// every agent scope that judges it (SPEC-2026.9 §9.2), so that "the agent's own entries, else the
// inherited ones" no longer scans (and normalises) every entry for every scoped agent: a policy
// scoping 100 agents of a 5,000-agent config otherwise normalises ~10 million agent ids.
//
// `select(agentId, keep)` is exactly
//   entries.filter((e) => scopedAgentIdMatches(e.agentId, agentId) || (e.scope !== 'agent' && keep(e)))
// in entry order: an entry of scope `agent` is only ever the agent's own, never inherited (the
// callers' inherited entries are the global or defaults ones). A property test holds the two equal.

const built = new WeakMap();
class AgentEntryIndex {
    entries;
    byAgent = new Map();
    /** Entries not of scope `agent`: the only ones that can be inherited. */
    inheritable = [];
    constructor(entries) {
        this.entries = entries;
        for (let i = 0; i < entries.length; i++) {
            const entry = entries[i];
            if (entry.agentId !== undefined) {
                const key = normalizeAgentId(entry.agentId);
                const own = this.byAgent.get(key);
                if (own === undefined)
                    this.byAgent.set(key, [i]);
                else
                    own.push(i);
            }
            if (entry.scope !== 'agent')
                this.inheritable.push(i);
        }
    }
    /** The index of an evidence slice, built on first use (evidence is never changed once collected). */
    static of(entries) {
        let index = built.get(entries);
        if (index === undefined) {
            index = new AgentEntryIndex(entries);
            built.set(entries, index);
        }
        return index;
    }
    /** The entries whose agent id normalises like `agentId` (`scopedAgentIdMatches`), in order. */
    own(agentId) {
        return (this.byAgent.get(normalizeAgentId(agentId)) ?? []).map((i) => this.entries[i]);
    }
    /** See the module comment; an entry both own and inheritable is taken once, as own. */
    select(agentId, keep) {
        const own = this.byAgent.get(normalizeAgentId(agentId)) ?? [];
        const inheritable = this.inheritable;
        const out = [];
        let a = 0;
        let b = 0;
        while (a < own.length || b < inheritable.length) {
            const i = own[a] ?? Infinity;
            const j = inheritable[b] ?? Infinity;
            if (i <= j) {
                out.push(this.entries[i]);
                a++;
                if (i === j)
                    b++;
            }
            else {
                const entry = this.entries[j];
                if (keep(entry))
                    out.push(entry);
                b++;
            }
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./lib/engine/current/agent-scope-entries.js
// Which evidence entries an agent scope judges (SPEC-2026.9 §9.2): the agent's own entries, and an
// inherited entry (global or defaults settings) of every kind the agent has no entry of itself.

/** In entry order; `isInherited` tells the entries an agent without its own one falls back to. */
function agentScopeEntries(entries, agentId, isInherited) {
    // Inherited entries are global or defaults ones, never of scope `agent` (AgentEntryIndex).
    const index = AgentEntryIndex.of(entries);
    const ownKinds = new Set(index
        .own(agentId)
        .filter((entry) => entry.scope === 'agent')
        .map((entry) => entry.kind));
    return index.select(agentId, (entry) => isInherited(entry) && !ownKinds.has(entry.kind));
}

;// CONCATENATED MODULE: ./lib/engine/current/evidence-finding.js
// `policyEvidenceFinding` of OpenClaw 2026.9.6 (SPEC-2026.9 §10.1): the finding every config
// check raises, an error pointing at the config source of one evidence entry.

function policyEvidenceFinding(source, fields) {
    return finding({
        checkId: fields.checkId,
        message: fields.message,
        path: 'openclaw config',
        ocPath: source,
        target: source,
        requirement: fields.requirement,
        fixHint: fields.fixHint,
    });
}

;// CONCATENATED MODULE: ./lib/engine/current/owner-label.js
// How findings name whose settings an evidence entry describes (SPEC-2026.9 §10.2): the agent's
// id, or the family's words for the shared settings every agent inherits.
/** `agent '<id>'`, or `sharedSettings` (e.g. `global tools config`) for an entry of no agent. */
function ownerLabel(entry, sharedSettings) {
    return entry.agentId === undefined ? sharedSettings : `agent '${entry.agentId}'`;
}

;// CONCATENATED MODULE: ./lib/engine/current/policy-rule-values.js
// How the 2026.9.6 checks read their rule values (SPEC-2026.9 §10.1). A value of the wrong type
// imposes nothing: the shape validator reports it.



/** The release's list normalisation (`readStringList`): trimmed and lowercased. */
const trimmedLowercase = (entry) => entry.trim().toLowerCase();
/** `readStringList`: the trimmed, lowercased, non-empty entries; [] unless every entry is a string. */
function lowercasedPolicyList(rules, path) {
    return policyStringList(rules, path, trimmedLowercase);
}
/** `readBooleanPath`: the boolean at `path`, else undefined. */
function policyBoolean(rules, path) {
    return booleanValue(valueAtPath(rules, path));
}

;// CONCATENATED MODULE: ./lib/engine/current/scoped-rule-findings.js
// The evaluation order of the families whose rules also sit in scope overlays (SPEC-2026.9 §9.2):
// the top-level section over every entry, then the same section of each scope target (an agent
// or a channel) over the entries that describe that target. A section whose own shape is invalid
// is skipped: its shape finding already reports it.



function topLevelThenScopedFindings(policy, name, section) {
    if (!record_isRecord(policy))
        return [];
    const key = section.path.join('/');
    const usable = (rules, scopeName) => record_isRecord(rules) && section.shapeFinding?.(rules, name, scopeName) === undefined;
    const findings = [];
    const topLevel = valueAtPath(policy, section.path);
    if (usable(topLevel)) {
        findings.push(...section.ruleFindings(topLevel, topLevelRules(name, key), section.entries));
    }
    if (section.requireValidScopes && !hasValidScopedPolicy(policy, name))
        return findings;
    for (const target of section.scopeTargets(policy)) {
        const rules = valueAtPath(target.overlay, section.path);
        if (!usable(rules, target.scopeName))
            continue;
        const location = scopedRules(name, target.scopeName, key);
        findings.push(...section.ruleFindings(rules, location, section.scopedEntries(target)));
    }
    return findings;
}

;// CONCATENATED MODULE: ./lib/engine/families/agent-workspace/findings.js
// The agentWorkspace findings of OpenClaw 2026.9.6 (`agentWorkspaceFindings`, SPEC-2026.9 §10.2):
// the top-level `agents.workspace` rules over every entry, then each agent scope's over that
// agent's entries (or the defaults when it has none, §9.2). An invalid top-level `agents` section
// silences the whole family, scopes included.









function agentWorkspaceFindings({ policy, name, evidence }) {
    const agentsRules = record_isRecord(policy) ? policy.agents : undefined;
    if (agentsRules !== undefined && agentsPostureShapeFinding(agentsRules, name) !== undefined)
        return [];
    const entries = (evidence.agentWorkspace ?? []);
    // The `agents` shape above covers the top-level rules, the `scopes` shape the overlays'.
    return topLevelThenScopedFindings(policy, name, {
        path: ['agents', 'workspace'],
        requireValidScopes: true,
        scopeTargets: agentScopeTargets,
        entries,
        // §9.2: the agent's own entry of a kind, else the defaults one.
        scopedEntries: (target) => agentScopeEntries(entries, target.agentId, (entry) => entry.scope === 'defaults'),
        ruleFindings: workspaceRuleFindings,
    });
}
function workspaceRuleFindings(rules, location, entries) {
    return [...accessFindings(rules, location, entries), ...toolDenyFindings(rules, location, entries)];
}
const label = (entry) => ownerLabel(entry, 'agents.defaults');
/**
 * Access is allowed only inside a sandbox covering the main session, with an allowed
 * workspaceAccess; without that sandbox the finding points at the sandbox mode.
 */
function accessFindings(rules, location, entries) {
    const allowed = new Set(lowercasedPolicyList(rules, ['allowedAccess']));
    if (allowed.size === 0)
        return [];
    return entries
        .filter((entry) => entry.kind === 'workspaceAccess')
        .filter((entry) => !entry.sandboxEnabled || !allowed.has(entry.value))
        .map((entry) => {
        const observed = entry.sandboxEnabled
            ? `sandbox workspaceAccess '${entry.value}'`
            : `sandbox mode '${entry.sandboxMode}'`;
        return policyEvidenceFinding(entry.sandboxEnabled ? entry.source : entry.sandboxModeSource, {
            checkId: 'policy/agents-workspace-access-denied',
            message: `${label(entry)} ${observed} is not allowed by policy.`,
            requirement: requirementOf(location, 'allowedAccess'),
            fixHint: 'Enable sandbox mode with workspaceAccess none/ro or update policy after review.',
        });
    });
}
function toolDenyFindings(rules, location, entries) {
    const required = new Set(lowercasedPolicyList(rules, ['denyTools']));
    if (required.size === 0)
        return [];
    return entries
        .filter((entry) => entry.kind === 'toolDeny')
        .filter((entry) => required.has(entry.tool) && !entry.denied)
        .map((entry) => policyEvidenceFinding(entry.source, {
        checkId: 'policy/agents-tool-not-denied',
        message: `${label(entry)} does not deny required tool '${entry.tool}'.`,
        requirement: requirementOf(location, 'denyTools'),
        fixHint: 'Add the tool to tools.deny or agents.entries.<id>.tools.deny, or update policy after review.',
    }));
}

;// CONCATENATED MODULE: ./lib/engine/families/agent-workspace.js
// The agentWorkspace family of OpenClaw 2026.9.6 (SPEC-2026.9 §5.9, §7.3, §10.2): evidence in
// `agent-workspace/evidence.ts`, findings in `agent-workspace/findings.ts`.




const agentWorkspaceFamily = {
    name: 'agentWorkspace',
    evidence: [collectedWhen('agentWorkspace', policyHasAgentWorkspaceRules, scanAgentWorkspace)],
    findings: agentWorkspaceFindings,
};

;// CONCATENATED MODULE: ./lib/engine/families/data-handling/scan.js
// The dataHandling evidence of OpenClaw 2026.9.6 (`scanPolicyDataHandling`, SPEC-2026.9 §7.4):
// the redaction invariant, telemetry content capture, the session retention mode and, per
// configured agent, whether session transcripts are indexed into memory.






/** Redaction is not configurable: OpenClaw always redacts, so the rule is satisfied by this entry. */
const REDACTION_INVARIANT = {
    id: 'logging-redaction',
    kind: 'sensitiveLoggingRedaction',
    source: 'oc://openclaw.invariant/logging/redaction',
    scope: 'global',
    value: true,
    explicit: true,
};
const DEFAULTS_MEMORY_ID = 'agents-defaults-memory-session-transcripts';
const REMEMBER_SUFFIX = 'memory/search/rememberAcrossConversations';
const SESSION_MEMORY_SUFFIX = 'memory/search/experimental/sessionMemory';
/** `scanPolicyDataHandling`: the entries sorted by source. */
function scanDataHandling(config) {
    const maintenance = recordOrEmpty(recordOrEmpty(config.session).maintenance);
    const entries = [
        { ...REDACTION_INVARIANT },
        telemetryContentCaptureEntry(config),
        {
            id: 'session-maintenance-mode',
            kind: 'sessionRetentionMode',
            source: configAddress('session', 'maintenance', 'mode'),
            scope: 'global',
            value: typeof maintenance.mode === 'string' ? maintenance.mode : 'enforce',
            explicit: maintenance.mode !== undefined,
        },
        ...memoryTranscriptIndexingEntries(config),
    ];
    return sortByKey(entries, (entry) => entry.source);
}
function telemetryContentCaptureEntry(config) {
    const diagnostics = recordOrEmpty(config.diagnostics);
    const otel = recordOrEmpty(diagnostics.otel);
    const otelEnabled = diagnostics.enabled !== false && otel.enabled === true;
    const signals = { traces: otelEnabled && otel.traces !== false, logs: otelEnabled && otel.logs === true };
    return {
        id: 'diagnostics-otel-content-capture',
        kind: 'telemetryContentCapture',
        source: configAddress('diagnostics', 'otel', 'captureContent'),
        scope: 'global',
        value: otelEnabled && contentCaptureEnabled(otel.captureContent, signals),
        explicit: otel.captureContent !== undefined,
    };
}
const CONTENT_FLAGS = [
    'inputMessages',
    'outputMessages',
    'toolInputs',
    'toolOutputs',
    'systemPrompt',
    'toolDefinitions',
];
/** `true` captures on every enabled signal; the object form needs traces, `enabled` and a flag. */
function contentCaptureEnabled(value, signals) {
    if (value === true)
        return signals.traces || signals.logs;
    if (!record_isRecord(value) || !signals.traces || value.enabled !== true)
        return false;
    return CONTENT_FLAGS.some((flag) => value[flag] === true);
}
/** Whether `sources` lists `sessions`; undefined when `sources` is not set. */
function sourcesIncludeSessions(search) {
    if (!record_isRecord(search) || search.sources === undefined)
        return undefined;
    return Array.isArray(search.sources) && search.sources.includes('sessions');
}
/**
 * Whether a `memory.search` block indexes session transcripts, each setting falling back to
 * `inherited`; undefined when the block itself says nothing about it.
 */
function transcriptIndexing(search, inherited) {
    if (!record_isRecord(search))
        return undefined;
    const base = recordOrEmpty(inherited);
    const experimental = recordOrEmpty(search.experimental);
    const localSessionMemory = booleanValue(experimental.sessionMemory);
    const remember = booleanValue(search.rememberAcrossConversations) ??
        localSessionMemory ??
        booleanValue(base.rememberAcrossConversations) ??
        booleanValue(recordOrEmpty(base.experimental).sessionMemory);
    const localSources = sourcesIncludeSessions(search);
    if (remember === undefined &&
        localSessionMemory === undefined &&
        localSources === undefined &&
        booleanValue(search.enabled) === undefined)
        return undefined;
    const enabled = booleanValue(search.enabled) ?? booleanValue(base.enabled) ?? true;
    if (!enabled)
        return false;
    return remember === true && (localSources ?? sourcesIncludeSessions(base) ?? false);
}
function hasLocalTranscriptSettings(search) {
    if (search === undefined)
        return false;
    const experimental = record_isRecord(search.experimental) ? search.experimental.sessionMemory : undefined;
    return (booleanValue(search.enabled) !== undefined ||
        booleanValue(search.rememberAcrossConversations) !== undefined ||
        booleanValue(experimental) !== undefined ||
        sourcesIncludeSessions(search) !== undefined);
}
/** The setting that decided it: `experimental.sessionMemory` only when it alone is set. */
function transcriptSettingSuffix(search) {
    const sessionMemory = booleanValue(recordOrEmpty(search.experimental).sessionMemory);
    return booleanValue(search.rememberAcrossConversations) === undefined && sessionMemory !== undefined
        ? SESSION_MEMORY_SUFFIX
        : REMEMBER_SUFFIX;
}
function memoryTranscriptIndexingEntries(config) {
    const entries = [];
    const defaultsSearch = recordOrEmpty(recordOrEmpty(config.memory).search);
    const defaultsValue = transcriptIndexing(defaultsSearch);
    const defaultsSource = `${configAddress()}/${REMEMBER_SUFFIX}`;
    if (defaultsValue !== undefined) {
        entries.push({
            id: DEFAULTS_MEMORY_ID,
            kind: 'memorySessionTranscriptIndexing',
            source: `${configAddress()}/${transcriptSettingSuffix(defaultsSearch)}`,
            scope: 'global',
            value: defaultsValue,
            explicit: true,
        });
    }
    for (const agent of configuredAgentSettings(config)) {
        const memory = agent.value.memory;
        const search = record_isRecord(memory) && record_isRecord(memory.search) ? memory.search : undefined;
        const value = search === undefined ? defaultsValue : transcriptIndexing(search, defaultsSearch);
        if (value === undefined)
            continue;
        const explicit = hasLocalTranscriptSettings(search);
        entries.push({
            id: `${agent.agentId}-memory-session-transcripts`,
            kind: 'memorySessionTranscriptIndexing',
            // An agent without local settings points at the global setting it inherits.
            source: explicit && search !== undefined
                ? `${agent.sourceBase}/${transcriptSettingSuffix(search)}`
                : defaultsSource,
            scope: 'agent',
            agentId: normalizeAgentId(agent.agentId),
            value,
            explicit,
        });
    }
    return entries;
}

;// CONCATENATED MODULE: ./lib/engine/families/data-handling.js
// The dataHandling family of OpenClaw 2026.9.6 (SPEC-2026.9 §5.12, §7.4, §10.2): sensitive
// logging, telemetry content capture, session retention and transcript memory indexing. The
// evidence is also collected in every early return (SPEC-2026.9 §1), so it reads only the config.










/** Shape findings replace the family's findings; scoped overlays add memory findings per agent. */
const dataHandlingFindings = ({ policy, name, evidence }) => {
    const shapeFindings = dataHandlingShapeFindings(policy, name);
    if (shapeFindings.length > 0)
        return shapeFindings;
    const entries = evidence.dataHandling ?? [];
    return topLevelThenScopedFindings(policy, name, {
        path: ['dataHandling'],
        // Unlike the other agent-scoped families, the release does not require a valid `scopes` here.
        requireValidScopes: false,
        scopeTargets: agentScopeTargets,
        entries,
        // The agent's own memory entry, or the defaults one when it has none; the other kinds are
        // global settings only, which every agent inherits.
        scopedEntries: (target) => agentScopeEntries(entries, target.agentId, (entry) => entry.kind !== 'memorySessionTranscriptIndexing' || entry.id === DEFAULTS_MEMORY_ID),
        ruleFindings: data_handling_ruleFindings,
    });
};
const isEnabledRule = (rules, section, rule) => valueAtPath(rules, [section, rule]) === true;
function data_handling_ruleFindings(rules, location, entries) {
    const requirement = (path) => requirementOf(location, path);
    const matching = (kind, violates) => entries.filter((entry) => entry.kind === kind && violates(entry.value));
    const findings = [];
    if (isEnabledRule(rules, 'telemetry', 'denyContentCapture')) {
        for (const entry of matching('telemetryContentCapture', (value) => value === true)) {
            findings.push(policyEvidenceFinding(entry.source, {
                checkId: 'policy/data-handling-telemetry-content-capture',
                message: 'Telemetry content capture is enabled.',
                requirement: requirement('telemetry/denyContentCapture'),
                fixHint: 'Disable diagnostics.otel.captureContent or update policy after review.',
            }));
        }
    }
    if (isEnabledRule(rules, 'retention', 'requireSessionMaintenance')) {
        for (const entry of matching('sessionRetentionMode', (value) => value !== 'enforce')) {
            findings.push(policyEvidenceFinding(entry.source, {
                checkId: 'policy/data-handling-session-retention-not-enforced',
                message: `Session retention maintenance mode is '${String(entry.value)}'.`,
                requirement: requirement('retention/requireSessionMaintenance'),
                fixHint: 'Set session.maintenance.mode to enforce or update policy after review.',
            }));
        }
    }
    if (isEnabledRule(rules, 'memory', 'denySessionTranscriptIndexing')) {
        for (const entry of matching('memorySessionTranscriptIndexing', (value) => value === true)) {
            const label = ownerLabel(entry, 'Global data handling config');
            findings.push(policyEvidenceFinding(entry.source, {
                checkId: 'policy/data-handling-session-transcript-memory-enabled',
                message: `${label} enables session transcript memory indexing.`,
                requirement: requirement('memory/denySessionTranscriptIndexing'),
                fixHint: 'Disable session transcript memory indexing for the matching config surface or update policy after review.',
            }));
        }
    }
    return findings;
}
const dataHandlingFamily = {
    name: 'dataHandling',
    evidence: [
        {
            key: 'dataHandling',
            // The release collects it in every early return too (SPEC-2026.9 §1).
            inEarlyReturns: true,
            collectedFor: (source) => policyHasDataHandlingRules(source.policy),
            collect: ({ config }) => scanDataHandling(config),
        },
    ],
    findings: dataHandlingFindings,
};

;// CONCATENATED MODULE: ./lib/engine/families/exec-approvals/json-parse-message.js
// The `JSON.parse` error message of the V8 that runs OpenClaw 2026.9.6, which is hashed into
// `policy/exec-approvals-invalid` (SPEC-2026.9 §14.9). The release requires Node 24 (V8 13), whose
// messages that name a position end with ` (line L column C)`; Node 20 and 22 (V8 11–12) stop at
// the position and otherwise word every message the same. The message is taken from the running
// V8 and given the suffix when it lacks it, so every supported Node reports what Node 24 does.
const POSITION_AT_END = / in JSON at position (\d+)$/;
/** The message `JSON.parse(text)` throws on Node 24; undefined when the text parses. */
function jsonParseErrorMessage(text) {
    try {
        JSON.parse(text);
        return undefined;
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const position = POSITION_AT_END.exec(message)?.[1];
        if (position === undefined)
            return message;
        const { line, column } = lineAndColumn(text, Number(position));
        return `${message} (line ${line} column ${column})`;
    }
}
/**
 * V8's `JsonParser::CalculateFileLocation`: JSON knows only `\n`, `\r` and `\r\n` as line breaks
 * (one break each); columns count UTF-16 code units from 1.
 */
function lineAndColumn(text, position) {
    let line = 1;
    let lineStart = 0;
    for (let index = 0; index < position && index < text.length; index++) {
        const code = text.charCodeAt(index);
        if (code === 0x0d && index + 1 < position && text.charCodeAt(index + 1) === 0x0a)
            index++;
        if (code === 0x0d || code === 0x0a) {
            line++;
            lineStart = index + 1;
        }
    }
    return { line, column: position - lineStart + 1 };
}

;// CONCATENATED MODULE: ./lib/engine/families/exec-approvals/scan.js
// The execApprovals evidence of OpenClaw 2026.9.6 (`scanPolicyExecApprovals`, SPEC-2026.9 §7.8):
// the posture of the defaults and of each agent, each agent followed by its allowlist, read from
// the raw text of the exec-approvals row. The legacy agent key `default` is folded into `main`.





const EXEC_APPROVALS_DOCUMENT = 'exec-approvals.json';
const EXEC_APPROVALS_URI = `oc://${EXEC_APPROVALS_DOCUMENT}`;
/** The agent the legacy `default` key folds into. */
const MAIN_AGENT = DEFAULT_AGENT_ID;
const LEGACY_DEFAULT_AGENT = 'default';
/** Not JSON, not an object or not `version: 1`: no evidence (the findings report why). */
function scanExecApprovals(raw) {
    let parsed;
    try {
        parsed = JSON.parse(raw);
    }
    catch {
        return [];
    }
    if (!record_isRecord(parsed) || parsed.version !== 1)
        return [];
    const entries = [
        postureEntry('defaults', 'defaults', recordOrEmpty(parsed.defaults), execApprovalsUri('defaults')),
    ];
    for (const agent of approvalAgents(parsed.agents)) {
        const source = execApprovalsUri(`agents/${ocSegment(agent.sourceAgentId)}`);
        entries.push(postureEntry(`agent:${agent.agentId}`, 'agent', agent.posture, source, agent.agentId));
        agent.allowlist.forEach((item, position) => {
            entries.push({
                id: `agent:${agent.agentId}:allowlist:${position}`,
                kind: 'allowlist',
                source: execApprovalsUri(`agents/${ocSegment(item.sourceAgentId)}/allowlist/#${item.index}`),
                agentId: agent.agentId,
                pattern: item.pattern,
                ...(item.argPattern === undefined ? {} : { argPattern: item.argPattern }),
                ...(item.entrySource === undefined ? {} : { entrySource: item.entrySource }),
            });
        });
    }
    return entries;
}
function execApprovalsUri(relativePath) {
    return relativePath === undefined ? EXEC_APPROVALS_URI : `${EXEC_APPROVALS_URI}/${relativePath}`;
}
function postureEntry(id, kind, value, source, agentId) {
    const security = securityMode(value.security);
    const ask = askMode(value.ask);
    const askFallback = securityMode(value.askFallback);
    const autoAllowSkills = typeof value.autoAllowSkills === 'boolean' ? value.autoAllowSkills : undefined;
    return {
        id,
        kind,
        source,
        ...(agentId === undefined ? {} : { agentId }),
        ...(value.security === undefined || value.security === null ? {} : { securityConfigured: true }),
        ...(security === undefined ? {} : { security }),
        ...(ask === undefined ? {} : { ask }),
        ...(askFallback === undefined ? {} : { askFallback }),
        ...(autoAllowSkills === undefined ? {} : { autoAllowSkills }),
    };
}
function securityMode(value) {
    const mode = trimmedString(value);
    return mode === 'deny' || mode === 'allowlist' || mode === 'full' ? mode : undefined;
}
function askMode(value) {
    const mode = trimmedString(value);
    return mode === 'off' || mode === 'on-miss' || mode === 'always' ? mode : undefined;
}
/** Agents with object values, `default` folded into `main`, sorted by agent id. */
function approvalAgents(rawAgents) {
    if (!record_isRecord(rawAgents))
        return [];
    const agents = Object.entries(rawAgents).filter((entry) => record_isRecord(entry[1]));
    const legacy = agents.find(([agentId]) => agentId === LEGACY_DEFAULT_AGENT)?.[1];
    const result = agents
        .filter(([agentId]) => agentId !== LEGACY_DEFAULT_AGENT)
        .map(([agentId, value]) => {
        if (agentId !== MAIN_AGENT || legacy === undefined)
            return approvalAgent(agentId, agentId, value);
        return {
            agentId,
            sourceAgentId: agentId,
            posture: legacyFoldedPosture(value, legacy),
            allowlist: mergedAllowlist(value.allowlist, legacy.allowlist),
        };
    });
    if (legacy !== undefined && !agents.some(([agentId]) => agentId === MAIN_AGENT)) {
        result.push(approvalAgent(MAIN_AGENT, LEGACY_DEFAULT_AGENT, legacy));
    }
    return sortByKey(result, (agent) => agent.agentId);
}
function approvalAgent(agentId, sourceAgentId, value) {
    return {
        agentId,
        sourceAgentId,
        posture: value,
        allowlist: allowlistItems(value.allowlist, sourceAgentId),
    };
}
/** `main`'s own settings win; a missing (or null) one falls back to the legacy `default` agent. */
function legacyFoldedPosture(current, legacy) {
    const posture = {};
    for (const key of ['security', 'ask', 'askFallback', 'autoAllowSkills'])
        posture[key] = current[key] ?? legacy[key];
    return posture;
}
/** `main`'s entries, then legacy entries not already there (pattern compared case-insensitively). */
function mergedAllowlist(current, legacy) {
    const seen = new Set();
    return [...allowlistItems(current, MAIN_AGENT), ...allowlistItems(legacy, LEGACY_DEFAULT_AGENT)].filter((item) => {
        const key = `${item.pattern.toLowerCase()}\0${item.argPattern ?? ''}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/** Strings (trimmed) and objects with a non-blank `pattern`; anything else is skipped. */
function allowlistItems(value, sourceAgentId) {
    if (!Array.isArray(value))
        return [];
    const items = [];
    value.forEach((entry, index) => {
        if (typeof entry === 'string') {
            const pattern = entry.trim();
            if (pattern !== '')
                items.push({ index, pattern, sourceAgentId });
            return;
        }
        if (!record_isRecord(entry))
            return;
        const pattern = trimmedString(entry.pattern);
        if (pattern === undefined)
            return;
        const argPattern = trimmedString(entry.argPattern);
        const item = { index, pattern, sourceAgentId };
        if (argPattern !== undefined)
            item.argPattern = argPattern;
        if (trimmedString(entry.source) === 'allow-always')
            item.entrySource = 'allow-always';
        items.push(item);
    });
    return items;
}

;// CONCATENATED MODULE: ./lib/engine/families/exec-approvals/rule-checks.js








/** A posture entry for an agent the row does not mention: OpenClaw's runtime defaults apply. */
function runtimeDefaultsEntry(agentId) {
    return { id: `agent:${agentId}:runtime-defaults`, kind: 'agent', source: EXEC_APPROVALS_URI, agentId };
}
function execApprovalRuleFindings(rules, context) {
    const { entries, location, targetAgentId } = context;
    const defaults = entries.find((entry) => entry.kind === 'defaults');
    const defaultSecurity = defaults?.security ?? 'full';
    const agentLabel = (entry) => entry.agentId ?? targetAgentId ?? 'inherited defaults';
    const findings = [];
    const allowedDefaults = new Set(lowercasedPolicyList(rules, ['defaults', 'allowSecurity']));
    if (targetAgentId === undefined &&
        allowedDefaults.size > 0 &&
        !allowedDefaults.has(defaultSecurity.toLowerCase())) {
        findings.push(entryFinding(defaults, {
            checkId: 'policy/exec-approvals-default-security-unapproved',
            message: `exec approvals defaults use unapproved security mode '${defaultSecurity}'.`,
            requirement: requirementOf(location, 'defaults/allowSecurity'),
            fixHint: 'Set defaults.security to an approved mode or update policy after review.',
        }));
    }
    const allowedAgents = new Set(lowercasedPolicyList(rules, ['agents', 'allowSecurity']));
    if (allowedAgents.size > 0) {
        const candidates = targetAgentId === undefined
            ? securityEntries(entries, defaults)
            : [effectiveSecurityEntry(entries, targetAgentId) ?? defaults ?? runtimeDefaultsEntry(targetAgentId)];
        for (const entry of candidates) {
            const security = entry.security ?? defaultSecurity;
            if (allowedAgents.has(security.toLowerCase()))
                continue;
            findings.push(entryFinding(entry, {
                checkId: 'policy/exec-approvals-agent-security-unapproved',
                message: `exec approvals agent '${agentLabel(entry)}' uses unapproved security mode '${security}'.`,
                requirement: requirementOf(location, 'agents/allowSecurity'),
                fixHint: 'Set the agent approval security mode to an approved value or update policy after review.',
            }));
        }
    }
    if (valueAtPath(rules, ['agents', 'allowAutoAllowSkills']) === false) {
        const candidates = targetAgentId === undefined
            ? autoAllowSkillsEntries(entries, defaults)
            : [
                effectiveAutoAllowSkillsEntry(entries, targetAgentId) ??
                    defaults ??
                    runtimeDefaultsEntry(targetAgentId),
            ];
        for (const entry of candidates) {
            if (entry.autoAllowSkills !== true)
                continue;
            findings.push(entryFinding(entry, {
                checkId: 'policy/exec-approvals-auto-allow-skills-enabled',
                message: `exec approvals agent '${agentLabel(entry)}' enables autoAllowSkills outside policy.`,
                requirement: requirementOf(location, 'agents/allowAutoAllowSkills'),
                fixHint: 'Set autoAllowSkills to false or update policy after reviewing implicit skill CLI trust.',
            }));
        }
    }
    findings.push(...allowlistFindings(rules, context));
    return findings;
}
const agentEntriesOf = (entries) => entries.filter((entry) => entry.kind === 'agent');
/** Top level: agents with a security setting (and `*`), plus the defaults unless `*` exists. */
function securityEntries(entries, defaults) {
    const agents = agentEntriesOf(entries);
    const withSecurity = agents.filter((entry) => entry.agentId === '*' || entry.security !== undefined || entry.securityConfigured === true);
    if (agents.some((entry) => entry.agentId === '*'))
        return withSecurity;
    return [...withSecurity, defaults ?? runtimeDefaultsEntry('*')];
}
/** Top level: agents that set autoAllowSkills, plus the defaults unless `*` sets it. */
function autoAllowSkillsEntries(entries, defaults) {
    const agents = agentEntriesOf(entries);
    const explicit = agents.filter((entry) => entry.autoAllowSkills !== undefined);
    const wildcard = agents.find((entry) => entry.agentId === '*');
    if (wildcard?.autoAllowSkills !== undefined)
        return explicit;
    return [...explicit, defaults ?? runtimeDefaultsEntry('*')];
}
// The agent's own entry is found by normalised id, so `*` (which normalises to `main`) is also
// `main`'s own entry when it sorts first: the release behaves so, and the findings show it.
const ownEntry = (entries, agentId) => agentEntriesOf(entries).find((entry) => scopedAgentIdMatches(entry.agentId, agentId));
const wildcardEntry = (entries) => agentEntriesOf(entries).find((entry) => entry.agentId === '*');
function effectiveSecurityEntry(entries, agentId) {
    const own = ownEntry(entries, agentId);
    const wildcard = wildcardEntry(entries);
    if (own?.security !== undefined || own?.securityConfigured === true)
        return own;
    return wildcard?.security === undefined ? (own ?? wildcard) : wildcard;
}
function effectiveAutoAllowSkillsEntry(entries, agentId) {
    const own = ownEntry(entries, agentId);
    if (own?.autoAllowSkills !== undefined)
        return own;
    const wildcard = wildcardEntry(entries);
    return wildcard?.autoAllowSkills === undefined ? undefined : wildcard;
}
const requirementKey = (pattern, argPattern) => `${pattern}\0${argPattern ?? ''}`;
const describePattern = (pattern, argPattern) => argPattern === undefined ? pattern : `${pattern} argPattern=${argPattern}`;
// `localeCompare` order, ties kept in list order: keys hold NUL, which ICU ignores, so distinct
// keys can tie (`ab` vs `a` with argPattern `b`) and a code-unit tie-break would reorder them.
const rule_checks_collator = new Intl.Collator('en-US');
/** `agents.allowlist.expected` is an exact list: each missing and each unexpected entry. */
function allowlistFindings(rules, context) {
    const expected = readExecApprovalAllowlistRequirements(rules, ['agents', 'allowlist', 'expected']);
    if (expected === undefined)
        return [];
    const { entries, location, locator, targetAgentId } = context;
    const requirement = requirementOf(location, 'agents/allowlist/expected');
    const actualEntries = entries.filter((entry) => entry.kind === 'allowlist' &&
        (targetAgentId === undefined ||
            scopedAgentIdMatches(entry.agentId, targetAgentId) ||
            entry.agentId === '*'));
    const actual = new Set(actualEntries.map((entry) => requirementKey(entry.pattern, entry.argPattern)).sort());
    const expectedKeys = new Set(expected.map((entry) => entry.key));
    const findings = [];
    const missingTarget = targetAgentId === undefined
        ? EXEC_APPROVALS_URI
        : execApprovalsUri(`agents/${policySegment(targetAgentId)}/allowlist`);
    for (const entry of [...expected].sort((a, b) => rule_checks_collator.compare(a.key, b.key))) {
        if (actual.has(entry.key))
            continue;
        findings.push(finding({
            checkId: 'policy/exec-approvals-allowlist-missing',
            message: `exec approvals allowlist is missing expected pattern '${describePattern(entry.pattern, entry.argPattern)}'.`,
            path: locator,
            target: missingTarget,
            requirement,
            fixHint: 'Add the expected approval pattern or update policy after review.',
        }));
    }
    for (const key of actual) {
        if (expectedKeys.has(key))
            continue;
        const entry = actualEntries.find((candidate) => requirementKey(candidate.pattern, candidate.argPattern) === key);
        findings.push(entryFinding(entry, {
            checkId: 'policy/exec-approvals-allowlist-unexpected',
            message: `exec approvals allowlist has unexpected pattern '${describePattern(entry?.pattern ?? '', entry?.argPattern)}'.`,
            requirement,
            fixHint: 'Remove the unexpected approval pattern or update policy after review.',
        }));
    }
    return findings;
}
/** `execApprovalFinding`: path is the document name, not the row locator. */
function entryFinding(entry, fields) {
    const target = entry?.source ?? EXEC_APPROVALS_URI;
    return finding({ ...fields, path: EXEC_APPROVALS_DOCUMENT, ocPath: target, target });
}

;// CONCATENATED MODULE: ./lib/engine/families/exec-approvals.js










const execApprovalsFamily = {
    name: 'execApprovals',
    evidence: [
        {
            key: 'execApprovals',
            inEarlyReturns: false,
            collectedFor: (source) => policyHasExecApprovalsRules(source.policy) && source.execApprovalsRaw !== undefined,
            collect: ({ execApprovalsRaw }) => typeof execApprovalsRaw === 'string' ? scanExecApprovals(execApprovalsRaw) : [],
        },
    ],
    findings: execApprovalsFindings,
};
function execApprovalsFindings(input) {
    const { policy, name } = input;
    if (!record_isRecord(policy))
        return [];
    const entries = input.evidence.execApprovals ?? [];
    const locator = input.execApprovalsFile?.displayName ?? input.execApprovalsLocator;
    const findings = [];
    if (record_isRecord(policy.execApprovals)) {
        // The container shape step reports this finding too; the release repeats it here.
        const shape = execApprovalsShapeFinding(policy.execApprovals, name);
        if (shape !== undefined)
            return [shape];
        const location = topLevelRules(name, 'execApprovals');
        const rowFindings = rowProblemFindings(policy.execApprovals, location, input);
        if (rowFindings.length > 0)
            return rowFindings;
        findings.push(...execApprovalRuleFindings(policy.execApprovals, { entries, location, locator }));
    }
    if (!hasValidScopedPolicy(policy, name))
        return findings;
    const scopesWithRowFindings = new Set();
    for (const target of agentScopeTargets(policy)) {
        const rules = target.overlay.execApprovals;
        if (!record_isRecord(rules))
            continue;
        const shape = execApprovalsShapeFinding(rules, name, target.scopeName);
        if (shape !== undefined) {
            findings.push(shape);
            continue;
        }
        const location = scopedRules(name, target.scopeName, 'execApprovals');
        const rowFindings = rowProblemFindings(rules, location, input);
        if (rowFindings.length > 0) {
            if (!scopesWithRowFindings.has(target.scopeName))
                findings.push(...rowFindings);
            scopesWithRowFindings.add(target.scopeName);
            continue;
        }
        findings.push(...execApprovalRuleFindings(rules, { entries, location, locator, targetAgentId: target.agentId }));
    }
    return findings;
}
/**
 * `execApprovalsFileFindings`: rules that read the row (requireFile, defaults, agents) need it
 * present, parseable and of version 1. The shell reads the row whenever any overlay has such
 * rules, so an absent file here means there is no row.
 */
function rowProblemFindings(rules, location, input) {
    const requireFile = valueAtPath(rules, ['requireFile']) === true;
    if (!requireFile && !record_isRecord(rules.defaults) && !record_isRecord(rules.agents))
        return [];
    const file = input.execApprovalsFile;
    if (file === undefined) {
        return [
            finding({
                checkId: 'policy/exec-approvals-missing',
                message: `${EXEC_APPROVALS_DOCUMENT} evidence is required by policy but was not found.`,
                path: input.execApprovalsLocator,
                target: EXEC_APPROVALS_URI,
                requirement: requireFile ? requirementOf(location, 'requireFile') : sectionRequirement(location),
                fixHint: 'Restore the approved exec approvals artifact or update policy after review.',
            }),
        ];
    }
    const problem = rowProblem(file.raw);
    if (problem === undefined)
        return [];
    return [
        finding({
            checkId: 'policy/exec-approvals-invalid',
            message: `${file.displayName} could not be parsed: ${problem}`,
            path: file.displayName,
            target: EXEC_APPROVALS_URI,
            requirement: sectionRequirement(location),
            fixHint: `Fix ${EXEC_APPROVALS_DOCUMENT} so it is valid JSON.`,
        }),
    ];
}
/** `parseExecApprovalsFile`: the JSON.parse message (as Node 24 words it), or the version problem. */
function rowProblem(raw) {
    const parseError = jsonParseErrorMessage(raw);
    if (parseError !== undefined)
        return parseError;
    const value = JSON.parse(raw);
    return record_isRecord(value) && value.version === 1 ? undefined : 'unsupported exec approvals version';
}

;// CONCATENATED MODULE: ./lib/engine/families/gateway/checks.js






/** The Control UI toggles that weaken its protection (two of them are fixed at false). */
const INSECURE_CONTROL_UI_TOGGLES = new Set([
    'gateway-control-ui-insecure-auth',
    'gateway-control-ui-device-auth-disabled',
    'gateway-control-ui-host-origin-fallback',
]);
/** The boolean-switched checks, in the order the release runs them. */
const BOOLEAN_CHECKS_BEFORE_HTTP = [
    {
        checkId: 'policy/gateway-non-loopback-bind',
        rule: ['exposure', 'allowNonLoopbackBind'],
        enabledBy: false,
        violates: (e) => e.kind === 'bind' && e.nonLoopback === true,
        message: (e) => e.explicit === false
            ? 'Gateway bind is omitted while the runtime default can permit non-loopback exposure.'
            : `Gateway bind setting '${e.id}' permits non-loopback exposure.`,
        fixHint: 'Use gateway.bind=loopback or update policy after review.',
    },
    {
        checkId: 'policy/gateway-auth-disabled',
        rule: ['auth', 'requireAuth'],
        enabledBy: true,
        violates: (e) => e.kind === 'auth' && e.value === 'none',
        message: () => 'Gateway authentication is disabled.',
        fixHint: 'Set gateway.auth.mode to token, password, or trusted-proxy.',
    },
    {
        checkId: 'policy/gateway-rate-limit-missing',
        rule: ['auth', 'requireExplicitRateLimit'],
        enabledBy: true,
        violates: (e) => e.kind === 'authRateLimit' && e.explicit !== true,
        message: () => 'Gateway authentication rate-limit posture is not explicit.',
        fixHint: 'Configure gateway.auth.rateLimit or update policy after review.',
    },
    {
        checkId: 'policy/gateway-control-ui-insecure',
        rule: ['controlUi', 'allowInsecure'],
        enabledBy: false,
        violates: (e) => e.kind === 'controlUi' && e.value === true && INSECURE_CONTROL_UI_TOGGLES.has(e.id),
        message: (e) => `Gateway Control UI insecure toggle '${e.id}' is enabled.`,
        fixHint: 'Disable the insecure Control UI toggle or update policy after review.',
    },
    {
        checkId: 'policy/gateway-tailscale-funnel',
        rule: ['exposure', 'allowTailscaleFunnel'],
        enabledBy: false,
        violates: (e) => e.kind === 'tailscale' && e.value === 'funnel',
        message: () => 'Gateway Tailscale Funnel exposure is enabled.',
        fixHint: 'Use tailscale serve/off or update policy after review.',
    },
    {
        checkId: 'policy/gateway-remote-enabled',
        rule: ['remote', 'allow'],
        enabledBy: false,
        violates: (e) => e.kind === 'remote',
        message: (e) => `Gateway remote posture '${e.id}' is enabled.`,
        fixHint: 'Disable remote gateway mode/config or update policy after review.',
    },
];
const URL_FETCH_CHECK = {
    checkId: 'policy/gateway-http-url-fetch-unrestricted',
    rule: ['http', 'requireUrlAllowlists'],
    enabledBy: true,
    violates: (e) => e.kind === 'httpUrlFetch' && e.hasAllowlist !== true,
    message: (e) => `Gateway HTTP URL-fetch input '${e.id}' has no URL allowlist.`,
    fixHint: 'Add a urlAllowlist for this URL-fetch input or update policy after review.',
};
/** The checks read `policy.gateway` whatever its shape (a policy that is not an object has none). */
function gatewayFindings(policy, name, entries) {
    if (!record_isRecord(policy))
        return [];
    const location = topLevelRules(name, 'gateway');
    return [
        ...BOOLEAN_CHECKS_BEFORE_HTTP.flatMap((check) => booleanCheckFindings(check, policy, location, entries)),
        ...deniedEndpointFindings(policy, location, entries),
        ...booleanCheckFindings(URL_FETCH_CHECK, policy, location, entries),
        ...nodeCommandFindings(policy, location, entries),
    ];
}
function booleanCheckFindings(check, policy, location, entries) {
    if (valueAtPath(policy, ['gateway', ...check.rule]) !== check.enabledBy)
        return [];
    return entries.filter(check.violates).map((entry) => policyEvidenceFinding(entry.source, {
        checkId: check.checkId,
        message: check.message(entry),
        requirement: requirementOf(location, check.rule.join('/')),
        fixHint: check.fixHint,
    }));
}
/** Endpoint ids compare case-insensitively (the shape check wants them exact). */
function deniedEndpointFindings(policy, location, entries) {
    const denied = new Set(lowercasedPolicyList(policy, ['gateway', 'http', 'denyEndpoints']));
    if (denied.size === 0)
        return [];
    return entries
        .filter((e) => e.kind === 'httpEndpoint' && e.endpoint !== undefined && denied.has(e.endpoint.toLowerCase()))
        .map((entry) => policyEvidenceFinding(entry.source, {
        checkId: 'policy/gateway-http-endpoint-enabled',
        message: `Gateway HTTP endpoint '${entry.endpoint ?? entry.id}' is denied by policy.`,
        requirement: requirementOf(location, 'http/denyEndpoints'),
        fixHint: 'Disable the HTTP endpoint or update policy after review.',
    }));
}
const NODE_DENY_LIST = configAddress('gateway', 'nodes', 'commands', 'deny');
/**
 * Each command the policy denies (trimmed, case-sensitive, duplicates kept) must be denied by the
 * config too. A list with a non-string or blank entry turns the check off.
 */
function nodeCommandFindings(policy, location, entries) {
    const path = ['gateway', 'nodes', 'denyCommands'];
    if (!isValidCommandList(policy, valueAtPath(policy, path)))
        return [];
    const configDenied = new Set(entries.filter((e) => e.kind === 'nodeDenyCommand' && e.command !== undefined).map((e) => e.command));
    return policyStringList(policy, path)
        .filter((command) => !configDenied.has(command))
        .map((command) => policyEvidenceFinding(NODE_DENY_LIST, {
        checkId: 'policy/gateway-node-command-denied',
        message: `Gateway node command '${command}' is denied by policy but not denied by OpenClaw config.`,
        requirement: requirementOf(location, 'nodes/denyCommands'),
        fixHint: `Add '${command}' to gateway.nodes.commands.deny or update policy after review.`,
    }));
}
/** The release's `hasValidOptionalStringList`: also true when the path does not lead to a list. */
function isValidCommandList(policy, list) {
    if (!record_isRecord(policy.gateway) || !record_isRecord(policy.gateway.nodes))
        return true;
    return (list === undefined ||
        (Array.isArray(list) && list.every((entry) => typeof entry === 'string' && entry.trim() !== '')));
}

;// CONCATENATED MODULE: ./lib/engine/families/gateway/scan.js
// The `gatewayExposure` evidence scanner of OpenClaw 2026.9.6 (`scanPolicyGatewayExposure`,
// SPEC-2026.9 §7.2): how the gateway is reachable (bind, Tailscale, remote mode), how it
// authenticates, the Control UI toggles, the HTTP endpoints with their URL-fetch inputs, and the
// node command lists. Entries are sorted by source (stably: equal sources keep push order).



const GATEWAY = (...segments) => configAddress('gateway', ...segments);
/** The Control UI always checks device identity: two toggles the release reports as fixed. */
const DEVICE_IDENTITY_INVARIANT = 'oc://openclaw.invariant/gateway/controlUi/deviceIdentity';
function scanGatewayExposure(config) {
    const gateway = recordOrEmpty(config.gateway);
    const tailscale = recordOrEmpty(gateway.tailscale);
    const controlUi = recordOrEmpty(gateway.controlUi);
    const endpoints = recordOrEmpty(recordOrEmpty(gateway.http).endpoints);
    const entries = [
        ...bindEntries(gateway, tailscale),
        ...authEntries(recordOrEmpty(gateway.auth)),
        ...booleanEntry('gateway-control-ui-enabled', controlUi.enabled, GATEWAY('controlUi', 'enabled')),
        ...booleanEntry('gateway-control-ui-insecure-auth', false, DEVICE_IDENTITY_INVARIANT),
        ...booleanEntry('gateway-control-ui-device-auth-disabled', false, DEVICE_IDENTITY_INVARIANT),
        ...booleanEntry('gateway-control-ui-host-origin-fallback', controlUi.dangerouslyAllowHostHeaderOriginFallback, GATEWAY('controlUi', 'dangerouslyAllowHostHeaderOriginFallback')),
        ...tailscaleEntries(tailscale),
        ...remoteEntries(gateway),
        ...httpEndpointEntries(endpoints, 'chatCompletions'),
        ...httpEndpointEntries(endpoints, 'responses'),
        ...nodeCommandEntries(recordOrEmpty(gateway.nodes)),
    ];
    return entries.sort((a, b) => compareKeys(a.source, b.source));
}
function bindEntries(gateway, tailscale) {
    const bind = typeof gateway.bind === 'string' ? gateway.bind : undefined;
    // Tailscale serve/funnel make the runtime bind to loopback when no bind is configured.
    const tailscaleForcesLoopback = tailscale.mode === 'serve' || tailscale.mode === 'funnel';
    const entries = [
        {
            id: bind === undefined ? 'gateway-bind-default' : 'gateway-bind',
            kind: 'bind',
            source: GATEWAY('bind'),
            value: bind ?? (tailscaleForcesLoopback ? 'loopback' : 'runtime-default'),
            // `custom` is judged by its host entry below.
            nonLoopback: bind === undefined ? !tailscaleForcesLoopback : bind !== 'custom' && NON_LOOPBACK_BINDS.has(bind),
            explicit: bind !== undefined,
        },
    ];
    const host = gateway.customBindHost;
    if (bind === 'custom' && typeof host === 'string' && host.trim() !== '') {
        entries.push({
            id: 'gateway-custom-bind-host',
            kind: 'bind',
            source: GATEWAY('customBindHost'),
            value: host,
            nonLoopback: isNonLoopbackCustomHost(host),
        });
    }
    return entries;
}
const NON_LOOPBACK_BINDS = new Set(['auto', 'lan', 'custom', 'tailnet']);
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const CANONICAL_IPV4 = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);
/**
 * Only a canonical dotted-decimal IPv4 address outside 127.0.0.0/8 counts as non-loopback: the
 * release does not resolve names (`localhost`, `example.org`) nor read IPv6, so those pass.
 */
function isNonLoopbackCustomHost(host) {
    const normalized = host.trim().toLowerCase();
    return CANONICAL_IPV4.test(normalized) && !normalized.startsWith('127.');
}
function authEntries(auth) {
    const mode = typeof auth.mode === 'string' ? auth.mode : undefined;
    const rateLimited = record_isRecord(auth.rateLimit);
    return [
        {
            id: 'gateway-auth-mode',
            kind: 'auth',
            source: GATEWAY('auth', 'mode'),
            value: mode ?? 'token',
            explicit: mode !== undefined,
        },
        {
            id: 'gateway-auth-rate-limit',
            kind: 'authRateLimit',
            source: GATEWAY('auth', 'rateLimit'),
            value: rateLimited,
            explicit: rateLimited,
        },
    ];
}
function booleanEntry(id, value, source) {
    return typeof value === 'boolean' ? [{ id, kind: 'controlUi', source, value }] : [];
}
function tailscaleEntries(tailscale) {
    const entries = [];
    if (typeof tailscale.mode === 'string') {
        entries.push({
            id: 'gateway-tailscale-mode',
            kind: 'tailscale',
            source: GATEWAY('tailscale', 'mode'),
            value: tailscale.mode,
        });
    }
    // Serve that keeps an existing Funnel running is Funnel exposure.
    if (tailscale.mode === 'serve' && tailscale.preserveFunnel === true) {
        entries.push({
            id: 'gateway-tailscale-preserve-funnel',
            kind: 'tailscale',
            source: GATEWAY('tailscale', 'preserveFunnel'),
            value: 'funnel',
        });
    }
    return entries;
}
function remoteEntries(gateway) {
    if (gateway.mode !== 'remote')
        return [];
    const entries = [
        { id: 'gateway-mode-remote', kind: 'remote', source: GATEWAY('mode'), value: 'remote' },
    ];
    const url = recordOrEmpty(gateway.remote).url;
    if (typeof url === 'string' && url.trim() !== '') {
        entries.push({ id: 'gateway-remote-url', kind: 'remote', source: GATEWAY('remote', 'url'), value: true });
    }
    return entries;
}
/**
 * An enabled endpoint, then its URL-fetch inputs: chat completions fetch image URLs only when
 * `allowUrl` is true; responses fetch file and image URLs unless `allowUrl` is false.
 */
function httpEndpointEntries(endpoints, endpoint) {
    const config = endpoints[endpoint];
    if (!record_isRecord(config) || config.enabled !== true)
        return [];
    const source = GATEWAY('http', 'endpoints', endpoint);
    const parts = endpoint === 'chatCompletions' ? ['images'] : ['files', 'images'];
    return [
        {
            id: `gateway-http-${endpoint}`,
            kind: 'httpEndpoint',
            source: `${source}/enabled`,
            value: true,
            endpoint,
        },
        ...parts.flatMap((part) => urlFetchEntries(source, endpoint, part, config[part])),
    ];
}
function urlFetchEntries(endpointSource, endpoint, part, input) {
    const allowUrl = record_isRecord(input) ? input.allowUrl : undefined;
    if (allowUrl === false || (allowUrl !== true && endpoint !== 'responses'))
        return [];
    const allowlist = record_isRecord(input) ? input.urlAllowlist : undefined;
    return [
        {
            id: `gateway-http-${endpoint}-${part}-url-fetch`,
            kind: 'httpUrlFetch',
            source: `${endpointSource}/${ocSegment(part)}/allowUrl`,
            value: true,
            endpoint,
            explicit: allowUrl === true,
            hasAllowlist: Array.isArray(allowlist) && allowlist.some(isEffectiveAllowlistEntry),
        },
    ];
}
/** Blank, `*` and `*.` allow every host, so they do not restrict anything. */
function isEffectiveAllowlistEntry(value) {
    if (typeof value !== 'string')
        return false;
    const normalized = value.trim().toLowerCase();
    return normalized !== '' && normalized !== '*' && normalized !== '*.';
}
/** Deny entries, then allow entries that are not also denied (both trimmed, blanks skipped). */
function nodeCommandEntries(nodes) {
    const commands = recordOrEmpty(nodes.commands);
    const deny = Array.isArray(commands.deny) ? commands.deny : [];
    const allow = Array.isArray(commands.allow) ? commands.allow : [];
    const denied = new Set(deny.filter((c) => typeof c === 'string').map((c) => c.trim()));
    const entries = [];
    deny.forEach((raw, index) => {
        const command = typeof raw === 'string' ? raw.trim() : '';
        if (command === '')
            return;
        entries.push({
            id: `gateway-node-deny-command-${command}`,
            kind: 'nodeDenyCommand',
            source: GATEWAY('nodes', 'commands', 'deny', `#${index}`),
            value: command,
            command,
        });
    });
    allow.forEach((raw, index) => {
        const command = typeof raw === 'string' ? raw.trim() : '';
        if (command === '' || denied.has(command))
            return;
        entries.push({
            id: `gateway-node-command-${command}`,
            kind: 'nodeCommand',
            source: GATEWAY('nodes', 'commands', 'allow', `#${index}`),
            value: command,
            command,
        });
    });
    return entries;
}

;// CONCATENATED MODULE: ./lib/engine/families/gateway.js
// The gatewayExposure family of OpenClaw 2026.9.6 (SPEC-2026.9 §5.8, §7.2, §10.2): how the gateway
// is exposed and protected. Top level only (no scopes), and, unlike the other posture families,
// without a shape gate: the release runs these checks even when `gateway` has a shape finding.





const gatewayFamily = {
    name: 'gatewayExposure',
    evidence: [collectedWhen('gatewayExposure', policyHasGatewayRules, scanGatewayExposure)],
    findings: ({ policy, name, evidence }) => gatewayFindings(policy, name, evidence.gatewayExposure ?? []),
};

;// CONCATENATED MODULE: ./lib/engine/families/ingress/channel-scope.js
// The evidence entry of the ingress family and the "channel scope" one set of entries is built
// for: a channel's own settings, or one of its accounts (SPEC-2026.9 §7.1). Every value is read
// from up to three layers: the scope's own config, the layer it inherits from, and a fallback.


/** `channels.defaults`: the layer every channel scope falls back to (its groupPolicy only). */
const CHANNEL_DEFAULTS_SOURCE = configAddress('channels', 'defaults');
/** The containers whose entries carry per-group settings, in the order the release reads them. */
const NESTED_CONTAINER_KEYS = ['groups', 'guilds', 'channels', 'rooms', 'teams'];
/**
 * The nested container a scope uses: its own when non-empty; otherwise (accounts) the inherited
 * one, which is then taken as is, even when empty.
 */
function effectiveNestedContainer(scope, key) {
    const own = recordAt(scope.own.config, key);
    if (own !== undefined && Object.keys(own).length > 0)
        return { container: own, sourceBase: scope.own.sourceBase };
    const inherited = recordAt(scope.inherited.config, key);
    const inherits = own === undefined
        ? scope.nestedInheritance !== 'never'
        : scope.nestedInheritance === 'when-missing-or-empty';
    return inherits && inherited !== undefined
        ? { container: inherited, sourceBase: scope.inherited.sourceBase }
        : undefined;
}
/** `<channel>[-<account>]-<suffix>`: ids use the raw channel and account keys. */
function scopeEntryId(scope, suffix) {
    return scope.accountId === undefined
        ? `${scope.channel}-${suffix}`
        : `${scope.channel}-${scope.accountId}-${suffix}`;
}
/** The scope's identifying keys of an entry (accountId only for accounts). */
function scopeKeys(scope) {
    return scope.accountId === undefined
        ? { channel: scope.channel }
        : { channel: scope.channel, accountId: scope.accountId };
}
function recordAt(config, key) {
    const value = config[key];
    return record_isRecord(value) ? value : undefined;
}

;// CONCATENATED MODULE: ./lib/engine/families/ingress/checks.js
// The four ingress checks of OpenClaw 2026.9.6 (`ingressFindingsForRule`, SPEC-2026.9 §10.2), for
// one ingress rule set: the top-level section or a channel-scoped overlay.





/**
 * `rules`: the ingress section at `location` (top level or a scope's overlay), its shape valid;
 * `entries`: the entries it judges (all, or those of the scope's channel).
 */
function ingressRuleFindings(rules, location, entries) {
    const ofKind = (kind) => entries.filter((entry) => entry.kind === kind);
    const out = [];
    const requiredScope = valueAtPath(rules, ['session', 'requireDmScope']);
    if (typeof requiredScope === 'string') {
        const required = requiredScope.trim().toLowerCase();
        for (const entry of ofKind('sessionDmScope')) {
            if (entry.value === required)
                continue;
            out.push(policyEvidenceFinding(entry.source, {
                checkId: 'policy/ingress-dm-scope-unapproved',
                message: `session.dmScope '${String(entry.value)}' does not match policy.`,
                requirement: requirementOf(location, 'session/requireDmScope'),
                fixHint: 'Set session.dmScope to the required isolation scope or update policy after review.',
            }));
        }
    }
    const allowed = new Set(lowercasedPolicyList(rules, ['channels', 'allowDmPolicies']));
    if (allowed.size > 0) {
        for (const entry of ofKind('channelDmPolicy')) {
            if (typeof entry.value !== 'string' || allowed.has(entry.value.toLowerCase()))
                continue;
            out.push(policyEvidenceFinding(entry.source, {
                checkId: 'policy/ingress-dm-policy-unapproved',
                message: `${ingressLabel(entry)} uses unapproved DM policy '${entry.value}'.`,
                requirement: requirementOf(location, 'channels/allowDmPolicies'),
                fixHint: 'Set the channel DM policy to an allowed value or update policy after review.',
            }));
        }
    }
    if (valueAtPath(rules, ['channels', 'denyOpenGroups']) === true) {
        for (const entry of ofKind('channelGroupPolicy')) {
            // Case-sensitive: an `Allowlist` the loader let through counts as open.
            if (entry.value === 'allowlist' || entry.value === 'disabled')
                continue;
            out.push(policyEvidenceFinding(entry.source, {
                checkId: 'policy/ingress-open-groups-denied',
                message: `${ingressLabel(entry)} allows open group ingress.`,
                requirement: requirementOf(location, 'channels/denyOpenGroups'),
                fixHint: 'Set groupPolicy to allowlist or disabled, or update policy after review.',
            }));
        }
    }
    if (valueAtPath(rules, ['channels', 'requireMentionInGroups']) === true) {
        const groupPolicies = ofKind('channelGroupPolicy');
        for (const entry of ofKind('channelRequireMention')) {
            if (entry.value === true || closestGroupPolicy(entry, groupPolicies) === 'disabled')
                continue;
            out.push(policyEvidenceFinding(entry.source, {
                checkId: 'policy/ingress-group-mention-required',
                message: `${ingressLabel(entry)} does not require group mentions.`,
                requirement: requirementOf(location, 'channels/requireMentionInGroups'),
                fixHint: 'Set requireMention=true for the channel/group entry or update policy after review.',
            }));
        }
    }
    return out;
}
/** `channel '<ch>'[ account '<a>'][ group '<g>']`. */
function ingressLabel(entry) {
    const account = entry.accountId === undefined ? '' : ` account '${entry.accountId}'`;
    const group = entry.groupId === undefined ? '' : ` group '${entry.groupId}'`;
    return `channel '${entry.channel ?? 'unknown'}'${account}${group}`;
}
/**
 * The group policy governing a mention entry: of the same channel and account, the one set
 * closest above the entry's address (`channels.defaults` counts as above everything). Addresses
 * are compared as text, as the release does.
 */
function closestGroupPolicy(entry, groupPolicies) {
    const entryParent = parentAddress(entry.source);
    let closest;
    for (const candidate of groupPolicies) {
        if (candidate.channel !== entry.channel || (candidate.accountId ?? '') !== (entry.accountId ?? ''))
            continue;
        const parent = parentAddress(candidate.source);
        const above = parent === CHANNEL_DEFAULTS_SOURCE || entryParent === parent || entryParent.startsWith(`${parent}/`);
        // Strictly longer wins: among equals the first in evidence order stays (a stable sort's head).
        if (above && (closest === undefined || parent.length > closest.depth))
            closest = { entry: candidate, depth: parent.length };
    }
    return closest?.entry.value;
}
function parentAddress(source) {
    return source.slice(0, Math.max(0, source.lastIndexOf('/')));
}

;// CONCATENATED MODULE: ./lib/engine/families/ingress/channel-credentials.js
// Whether a channel that lists accounts also configures an implicit default account at channel
// level (OpenClaw 2026.9.6 `hasImplicitDefaultAccountConfig`). Only then does the ingress scan
// report the channel-level settings besides the accounts' (SPEC-2026.9 §7.1): a channel with
// accounts and no credentials of its own receives no traffic as itself.
/** Channels whose default account exists as soon as any one of these fields is set. */
const ANY_OF_FIELDS = {
    discord: ['token'],
    googlechat: ['serviceAccount', 'serviceAccountFile'],
    imessage: ['cliPath', 'dbPath'],
    'qa-channel': ['baseUrl'],
    qqbot: ['appId', 'clientSecret', 'clientSecretFile'],
    signal: ['account'],
    slack: ['appToken', 'botToken', 'signingSecret'],
    'synology-chat': ['token'],
    telegram: ['botToken', 'tokenFile'],
    tlon: ['ship'],
    twitch: ['username'],
    whatsapp: ['authDir'],
    zalo: ['botToken', 'tokenFile'],
    zalouser: ['profile'],
};
/** Channels that need a combination of fields (a server address and a credential, say). */
const COMBINED_RULES = {
    clickclack: (c) => channel_credentials_all(c, 'baseUrl', 'workspace', 'token'),
    feishu: (c) => channel_credentials_all(c, 'appId', 'appSecret'),
    irc: (c) => channel_credentials_all(c, 'host', 'nick'),
    line: (c) => any(c, 'channelAccessToken', 'tokenFile'),
    matrix: (c) => channel_credentials_all(c, 'homeserver') && (any(c, 'accessToken') || channel_credentials_all(c, 'userId', 'password')),
    mattermost: (c) => channel_credentials_all(c, 'baseUrl', 'botToken'),
    'nextcloud-talk': (c) => channel_credentials_all(c, 'baseUrl') && any(c, 'botSecret', 'botSecretFile'),
};
function hasImplicitDefaultAccount(channel, config) {
    // Own properties only: the release indexes a plain object literal, so a channel named after an
    // Object.prototype member (`toString`) throws there; here it simply has no credential fields.
    if (Object.hasOwn(COMBINED_RULES, channel))
        return COMBINED_RULES[channel](config);
    const fields = Object.hasOwn(ANY_OF_FIELDS, channel) ? ANY_OF_FIELDS[channel] : [];
    return any(config, ...fields);
}
/** A credential counts when it is a non-blank string or any other value than null. */
function isConfigured(value) {
    return typeof value === 'string' ? value.trim().length > 0 : value !== undefined && value !== null;
}
function channel_credentials_all(config, ...fields) {
    return fields.every((field) => isConfigured(config[field]));
}
function any(config, ...fields) {
    return fields.some((field) => isConfigured(config[field]));
}

;// CONCATENATED MODULE: ./lib/engine/families/ingress/mentions.js
// Mention requirements of a channel scope (SPEC-2026.9 §7.1): one entry for the scope as a whole,
// plus one per nested group/guild/channel/room/team entry (and their channels/topics children)
// that sets `requireMention` itself.




/** Channels where open groups answer without a mention unless told otherwise. */
const OPEN_GROUPS_WITHOUT_MENTION = new Set(['feishu', 'qa-channel']);
/** Children of a nested entry that carry their own settings (a guild's channels, a group's topics). */
const NESTED_CHILD_KEYS = ['channels', 'topics'];
/** `groupPolicy`: the scope's effective group policy (the value of its group-policy entry). */
function requireMentionEntries(scope, groupPolicy) {
    const own = booleanValue(scope.own.config.requireMention);
    const inherited = booleanValue(scope.inherited.config.requireMention);
    const wildcard = wildcardRequireMention(scope);
    const byDefault = !(groupPolicy === 'open' && OPEN_GROUPS_WITHOUT_MENTION.has(scope.channel));
    const source = wildcard !== undefined
        ? wildcard.source
        : own === undefined && inherited !== undefined
            ? `${scope.inherited.sourceBase}/requireMention`
            : `${scope.own.sourceBase}/requireMention`;
    const entries = [
        {
            id: scopeEntryId(scope, 'require-mention'),
            kind: 'channelRequireMention',
            source,
            ...scopeKeys(scope),
            value: wildcard?.value ?? own ?? inherited ?? byDefault,
            explicit: wildcard !== undefined || own !== undefined || inherited !== undefined,
        },
    ];
    for (const key of NESTED_CONTAINER_KEYS) {
        const effective = effectiveNestedContainer(scope, key);
        if (effective === undefined)
            continue;
        for (const [groupId, groupConfig] of Object.entries(effective.container)) {
            if (record_isRecord(groupConfig))
                pushNested(entries, scope, key, groupId, groupConfig, effective.sourceBase);
        }
    }
    return entries;
}
/** A `"*"` entry with a boolean requireMention in the first container that has one decides. */
function wildcardRequireMention(scope) {
    for (const key of NESTED_CONTAINER_KEYS) {
        const effective = effectiveNestedContainer(scope, key);
        const wildcard = effective?.container['*'];
        if (effective === undefined || !record_isRecord(wildcard) || wildcard.enabled === false)
            continue;
        const value = booleanValue(wildcard.requireMention);
        if (value !== undefined)
            return { source: `${effective.sourceBase}/${key}/${ocSegment('*')}/requireMention`, value };
    }
    return undefined;
}
/**
 * `containerPath` grows with the depth (`guilds/<g>/channels`); the release builds both the id
 * and the source from it, so a child's id carries its whole path.
 */
function pushNested(entries, scope, containerPath, groupId, config, parentSourceBase) {
    if (config.enabled === false)
        return;
    const segment = ocSegment(groupId);
    const requireMention = booleanValue(config.requireMention);
    if (requireMention !== undefined) {
        entries.push({
            id: `${scopeEntryId(scope, `${containerPath}-${segment}`)}-require-mention`,
            kind: 'channelRequireMention',
            source: `${parentSourceBase}/${containerPath}/${segment}/requireMention`,
            ...scopeKeys(scope),
            groupId,
            value: requireMention,
            explicit: true,
        });
    }
    for (const childKey of NESTED_CHILD_KEYS) {
        const children = config[childKey];
        if (!record_isRecord(children))
            continue;
        for (const [childId, childConfig] of Object.entries(children)) {
            if (record_isRecord(childConfig)) {
                pushNested(entries, scope, `${containerPath}/${segment}/${childKey}`, childId, childConfig, parentSourceBase);
            }
        }
    }
}

;// CONCATENATED MODULE: ./lib/engine/families/ingress/scan.js
// The `ingress` evidence scanner of OpenClaw 2026.9.6 (`scanPolicyIngress`, SPEC-2026.9 §7.1):
// the session DM scope, then per channel scope (a channel's own settings and each enabled
// account) its DM policy, group policy and mention requirements, sorted by source, then id.







/** Keys of `channels` that hold shared settings, not a channel. */
const scan_RESERVED_CHANNEL_KEYS = new Set(['defaults', 'modelByChannel']);
/** Channels whose groups are closed unless configured otherwise (the others default to open). */
const GROUPS_ALLOWLISTED_BY_DEFAULT = new Set([
    'googlechat',
    'irc',
    'line',
    'mattermost',
    'matrix',
    'msteams',
    'nextcloud-talk',
    'signal',
]);
function scanIngress(config) {
    const channels = recordOrEmpty(config.channels);
    // Of `channels.defaults`, the ingress scan honours groupPolicy alone.
    const defaultGroupPolicy = recordOrEmpty(channels.defaults).groupPolicy;
    const defaultsLayer = {
        config: defaultGroupPolicy === undefined ? {} : { groupPolicy: defaultGroupPolicy },
        sourceBase: CHANNEL_DEFAULTS_SOURCE,
    };
    const entries = [sessionDmScopeEntry(config)];
    for (const [channel, value] of Object.entries(channels)) {
        if (scan_RESERVED_CHANNEL_KEYS.has(channel) || !record_isRecord(value) || value.enabled === false)
            continue;
        const channelLayer = {
            config: value,
            sourceBase: configAddress('channels', ocSegment(channel)),
        };
        const accounts = Object.entries(recordOrEmpty(value.accounts)).filter((entry) => record_isRecord(entry[1]));
        if (accounts.length === 0 || hasImplicitDefaultAccount(channel, value)) {
            entries.push(...channelScopeEntries({
                channel,
                own: channelLayer,
                inherited: defaultsLayer,
                fallbackGroupPolicy: undefined,
                fallbackSourceBase: channelLayer.sourceBase,
                nestedInheritance: 'never',
            }));
        }
        for (const [accountId, account] of accounts) {
            if (account.enabled === false)
                continue;
            entries.push(...channelScopeEntries({
                channel,
                accountId,
                own: { config: account, sourceBase: `${channelLayer.sourceBase}/accounts/${ocSegment(accountId)}` },
                inherited: channelLayer,
                fallbackGroupPolicy: defaultGroupPolicy,
                fallbackSourceBase: CHANNEL_DEFAULTS_SOURCE,
                // A lone telegram account also takes the channel's groups over its own empty container.
                nestedInheritance: channel === 'telegram' && accounts.length <= 1 ? 'when-missing-or-empty' : 'when-missing',
            }));
        }
    }
    return sortedBySourceThenId(entries);
}
function sessionDmScopeEntry(config) {
    const dmScope = trimmedString(recordOrEmpty(config.session).dmScope)?.toLowerCase();
    return {
        id: 'session-dm-scope',
        kind: 'sessionDmScope',
        source: configAddress('session', 'dmScope'),
        value: dmScope ?? 'main',
        explicit: dmScope !== undefined,
    };
}
function channelScopeEntries(scope) {
    const groupPolicy = effectiveGroupPolicy(scope);
    return [
        dmPolicyEntry(scope),
        {
            id: scopeEntryId(scope, 'group-policy'),
            kind: 'channelGroupPolicy',
            source: groupPolicy.source,
            ...scopeKeys(scope),
            value: groupPolicy.value,
            explicit: groupPolicy.explicit,
        },
        // The mention default depends on the group policy in effect.
        ...requireMentionEntries(scope, groupPolicy.value),
    ];
}
/** `dm.enabled: false` wins over `dmPolicy`, which wins over the legacy `dm.policy`. */
function dmPolicyOf(config) {
    const dm = recordOrEmpty(config.dm);
    if (dm.enabled === false)
        return { value: 'disabled', sourceSuffix: 'dm/enabled' };
    const direct = trimmedString(config.dmPolicy);
    if (direct !== undefined)
        return { value: direct, sourceSuffix: 'dmPolicy' };
    const legacy = trimmedString(dm.policy);
    return legacy === undefined ? undefined : { value: legacy, sourceSuffix: 'dm/policy' };
}
function dmPolicyEntry(scope) {
    // The fallback layer never carries a DM policy, so own and inherited decide.
    const own = dmPolicyOf(scope.own.config);
    const inherited = dmPolicyOf(scope.inherited.config);
    const effective = own ?? inherited;
    const source = own !== undefined
        ? `${scope.own.sourceBase}/${own.sourceSuffix}`
        : inherited !== undefined
            ? `${scope.inherited.sourceBase}/${inherited.sourceSuffix}`
            : `${scope.fallbackSourceBase}/dmPolicy`;
    return {
        id: scopeEntryId(scope, 'dm-policy'),
        kind: 'channelDmPolicy',
        source,
        ...scopeKeys(scope),
        value: effective?.value ?? 'pairing',
        explicit: effective !== undefined,
    };
}
/** The first groupPolicy set in own, inherited, fallback order; else the implicit one. */
function effectiveGroupPolicy(scope) {
    const own = trimmedString(scope.own.config.groupPolicy);
    const inherited = trimmedString(scope.inherited.config.groupPolicy);
    const fallback = trimmedString(scope.fallbackGroupPolicy);
    const implicit = implicitGroupPolicy(scope);
    const source = own !== undefined
        ? `${scope.own.sourceBase}/groupPolicy`
        : inherited !== undefined
            ? `${scope.inherited.sourceBase}/groupPolicy`
            : fallback !== undefined
                ? `${scope.fallbackSourceBase}/groupPolicy`
                : implicit.source;
    return {
        source,
        value: own ?? inherited ?? fallback ?? implicit.value,
        explicit: own !== undefined || inherited !== undefined || fallback !== undefined,
    };
}
/** Without a groupPolicy anywhere: a groups container in effect means only listed groups get in. */
function implicitGroupPolicy(scope) {
    const groups = effectiveNestedContainer(scope, 'groups');
    if (groups !== undefined)
        return { source: `${groups.sourceBase}/groups`, value: 'allowlist' };
    return {
        source: `${scope.own.sourceBase}/groupPolicy`,
        value: GROUPS_ALLOWLISTED_BY_DEFAULT.has(scope.channel) ? 'allowlist' : 'open',
    };
}

;// CONCATENATED MODULE: ./lib/engine/families/ingress.js
// The ingress family of OpenClaw 2026.9.6 (SPEC-2026.9 §5.7, §7.1, §9.2, §10.2): who may reach an
// agent through the configured channels. Evidence from `./ingress/scan.ts`; the checks run for
// the top-level `ingress` section and for every channel-scoped overlay, each only when its own
// shape is valid (an invalid section already yields its shape finding).







const ingressFamily = {
    name: 'ingress',
    evidence: [collectedWhen('ingress', policyHasIngressRules, scanIngress)],
    findings: ({ policy, name, evidence }) => ingressFindings(policy, name, evidence),
};
function ingressFindings(policy, name, evidence) {
    const entries = evidence.ingress ?? [];
    return topLevelThenScopedFindings(policy, name, {
        path: ['ingress'],
        shapeFinding: ingressShapeFinding,
        requireValidScopes: true,
        scopeTargets: channelScopeTargets,
        entries,
        scopedEntries: (target) => entries.filter((entry) => (entry.channel ?? '').trim().toLowerCase() === target.channelId),
        ruleFindings: ingressRuleFindings,
    });
}

;// CONCATENATED MODULE: ./lib/engine/families/routing/agent-roster.js
// How OpenClaw 2026.9.6 names the agent a route goes to (src/agents/agent-roster.ts and
// agent-scope-config.ts of the release): the configured agent ids, the implicit owner of
// unmatched routes, and the errors it raises when it cannot pick one. Only what route
// resolution needs; the config is the loaded one the policy plugin receives.


/** Raised where OpenClaw throws: the policy command then fails (exit 2) with this message. */
class RouteResolutionError extends Error {
    constructor(message) {
        super(message);
        this.name = 'RouteResolutionError';
    }
}
/** `AgentSelectionRequiredError`: several agents and no way to choose one. */
function agentSelectionRequired(surface, hint) {
    return new RouteResolutionError(`Multiple agents are configured, but ${surface} has no explicit owner. ${hint}`);
}
/** `readAgentRosterProperty`: `agents.entries` when set, else `agents.list` when set. */
function rosterOf(config) {
    const agents = config.agents;
    if (!record_isRecord(agents))
        return undefined;
    if (Object.hasOwn(agents, 'entries') && agents.entries !== undefined)
        return { kind: 'entries', value: agents.entries };
    if (Object.hasOwn(agents, 'list') && agents.list !== undefined)
        return { kind: 'list', value: agents.list };
    return undefined;
}
/** `listAgentEntries`: object entries of the roster, keyed entries carrying their key as id. */
function rosterAgents(config) {
    const roster = rosterOf(config);
    if (roster?.kind === 'entries' && record_isRecord(roster.value)) {
        return Object.entries(roster.value)
            .filter(([, entry]) => record_isRecord(entry))
            .map(([id, entry]) => ({ id, isLegacyDefault: entry.default === true }));
    }
    if (roster?.kind !== 'list' || !Array.isArray(roster.value))
        return [];
    return roster.value
        .filter((entry) => entry !== null && typeof entry === 'object')
        .map((entry) => {
        const record = entry;
        return { id: record.id, isLegacyDefault: record.default === true };
    });
}
const normalizedId = (id) => normalizeAgentId(typeof id === 'string' ? id : undefined);
/** `listAgentIds`: unique normalised ids; the implicit `main` when there is no roster at all. */
function configuredAgentIds(config) {
    const agents = rosterAgents(config);
    if (agents.length === 0 && rosterOf(config) === undefined)
        return [DEFAULT_AGENT_ID];
    return [...new Set(agents.map((agent) => normalizedId(agent.id)))];
}
/** The normalised ids of roster agents with a non-blank id (no implicit `main`). */
function rosterAgentIds(config) {
    return rosterAgents(config).flatMap((agent) => typeof agent.id === 'string' && agent.id.trim() !== '' ? [normalizeAgentId(agent.id)] : []);
}
/** `tryResolveSoleAgentId`. */
function soleAgentId(config) {
    const agents = rosterAgents(config);
    if (agents.length === 0)
        return rosterOf(config) === undefined ? DEFAULT_AGENT_ID : undefined;
    return agents.length === 1 ? normalizedId(agents[0]?.id) : undefined;
}
const isExplicitOwnership = (config) => record_isRecord(config.agents) && config.agents.ownership === 'explicit';
/** `tryResolveRawLegacyDefaultAgentId`: exactly one `default: true` marker. */
function legacyDefaultAgentId(config) {
    if (isExplicitOwnership(config))
        return undefined;
    const marked = rosterAgents(config).filter((agent) => agent.isLegacyDefault);
    return marked.length === 1 ? normalizedId(marked[0]?.id) : undefined;
}
/**
 * `tryResolveLegacyCompatibilityAgentId`: with explicit ownership the recorded system agent (when
 * configured), else a legacy default marker or the sole agent. The loader's retained legacy owner
 * is keyed by the config object, and the policy command evaluates a copy, so it never applies.
 */
function compatibilityAgentId(config) {
    if (isExplicitOwnership(config)) {
        const defaults = record_isRecord(config.agents) ? config.agents.defaults : undefined;
        const systemAgent = record_isRecord(defaults) ? defaults.systemAgent : undefined;
        const recorded = record_isRecord(systemAgent) ? systemAgent.agentId : undefined;
        if (typeof recorded !== 'string' || recorded.trim() === '')
            return undefined;
        const agentId = normalizeAgentId(recorded);
        return configuredAgentIds(config).includes(agentId) ? agentId : undefined;
    }
    return legacyDefaultAgentId(config) ?? soleAgentId(config);
}
/** `resolveDefaultAgentId`: a legacy marker or the sole agent, else an error. */
function requiredDefaultAgentId(config, surface, hint) {
    const agentId = legacyDefaultAgentId(config) ?? soleAgentId(config);
    if (agentId !== undefined)
        return agentId;
    if (configuredAgentIds(config).length === 0)
        throw new RouteResolutionError('No agents configured. Run `openclaw onboard` or `openclaw agents add` first.');
    throw agentSelectionRequired(surface, hint);
}

;// CONCATENATED MODULE: ./lib/engine/families/routing/resolve-route.js
// OpenClaw 2026.9.6's route resolution (`resolveAgentRoute`, src/routing/resolve-route.ts and
// binding-scope.ts of the release), reduced to what a routing probe reports: the agent and how it
// was matched. Bindings of the probe's channel and account are tried tier by tier, most specific
// first; the first binding of a tier (in config order) whose scope fits wins.



const lowercaseTrimmed = (value) => (typeof value === 'string' ? value.trim().toLowerCase() : '');
/** `normalizeChatType`: `dm` is `direct`; unknown kinds are none. */
function chatType(value) {
    const kind = lowercaseTrimmed(value);
    if (kind === 'direct' || kind === 'dm')
        return 'direct';
    return kind === 'group' || kind === 'channel' ? kind : undefined;
}
/** `normalizeRouteBindingId`: strings trimmed, numbers written out, anything else empty. */
function bindingId(value) {
    if (typeof value === 'string')
        return value.trim();
    if (typeof value === 'number' || typeof value === 'bigint')
        return String(value).trim();
    return '';
}
const BLOCKED_KEYS = new Set(['__proto__', 'prototype', 'constructor']);
/** `normalizeAccountId`: like agent ids, with `default` for blank and unrepresentable ids. */
function resolve_route_normalizeAccountId(value) {
    const canonical = normalizeAgentIdStrict(value);
    return canonical === undefined || BLOCKED_KEYS.has(canonical) ? 'default' : canonical;
}
function peerConstraint(peer) {
    if (peer === undefined || peer === null || peer === false || peer === '' || peer === 0)
        return { state: 'none' };
    const record = record_isRecord(peer) ? peer : {};
    const kind = chatType(record.kind);
    const id = bindingId(record.id);
    if (kind === undefined || id === '')
        return { state: 'invalid' };
    return id === '*' ? { state: 'wildcard-kind', kind } : { state: 'valid', kind, id };
}
function bindingMatch(match) {
    return {
        accountPattern: typeof match.accountId === 'string' ? match.accountId.trim() : '',
        peer: peerConstraint(match.peer),
        guildId: bindingId(match.guildId) || undefined,
        teamId: bindingId(match.teamId) || undefined,
        roles: Array.isArray(match.roles) && match.roles.length > 0 ? match.roles : undefined,
    };
}
/**
 * The config's route bindings (not `type: "acp"`, valid peer), read once per config object: every
 * probe resolves against the same loaded config, which nothing mutates.
 */
const parsedBindings = new WeakMap();
function routeBindings(config) {
    let parsed = parsedBindings.get(config);
    if (parsed !== undefined)
        return parsed;
    parsed = [];
    for (const binding of Array.isArray(config.bindings) ? config.bindings : []) {
        if (!record_isRecord(binding) || binding.type === 'acp')
            continue;
        const rawMatch = record_isRecord(binding.match) ? binding.match : {};
        const match = bindingMatch(rawMatch);
        if (match.peer.state === 'invalid')
            continue;
        const account = match.accountPattern === '*' ? '*' : resolve_route_normalizeAccountId(match.accountPattern);
        parsed.push({ agentId: binding.agentId, match, channel: lowercaseTrimmed(rawMatch.channel), account });
    }
    parsedBindings.set(config, parsed);
    return parsed;
}
/** Route bindings (not `type: "acp"`) of a channel for an account: its own and `*`, config order. */
function bindingsFor(config, channel, accountId) {
    if (channel === '')
        return [];
    return routeBindings(config).filter((binding) => binding.channel === channel && (binding.account === '*' || binding.account === accountId));
}
/** `group` and `channel` peers are interchangeable. */
const sameChatKind = (a, b) => a === b || (a === 'group' && b === 'channel') || (a === 'channel' && b === 'group');
const peerKey = (kind, id) => `${kind === 'channel' ? 'group' : kind}:${id}`;
/** `matchesBindingScope`: peer constraints, then guild, team and roles (any role suffices). */
function scopeMatches(match, scope) {
    const { peer } = match;
    if (peer.state === 'valid' || peer.state === 'wildcard-kind') {
        if (scope.peer === undefined || !sameChatKind(peer.kind, scope.peer.kind))
            return false;
        if (peer.state === 'valid' && scope.peer.id !== peer.id)
            return false;
    }
    if (match.guildId !== undefined && match.guildId !== scope.guildId)
        return false;
    if (match.teamId !== undefined && match.teamId !== scope.teamId)
        return false;
    return match.roles === undefined || match.roles.some((role) => scope.memberRoleIds.has(role));
}
/** The tier a binding belongs to (`buildEvaluatedBindingsIndex`). */
function tierOf(match) {
    if (match.peer.state === 'valid')
        return 'peer';
    if (match.peer.state === 'wildcard-kind')
        return 'binding.peer.wildcard';
    if (match.guildId !== undefined)
        return match.roles === undefined ? 'binding.guild' : 'binding.guild+roles';
    if (match.teamId !== undefined)
        return 'binding.team';
    return match.accountPattern === '*' ? 'binding.channel' : 'binding.account';
}
function queryPeer(peer) {
    return peer === undefined ? undefined : { kind: chatType(peer.kind) ?? peer.kind, id: bindingId(peer.id) };
}
function resolveRoute(config, query) {
    const channel = lowercaseTrimmed(query.channel);
    const accountId = resolve_route_normalizeAccountId(query.accountId);
    const peer = queryPeer(query.peer);
    const parentPeer = queryPeer(query.parentPeer);
    const guildId = bindingId(query.guildId);
    const teamId = bindingId(query.teamId);
    const memberRoleIds = query.memberRoleIds ?? [];
    const scope = { peer, guildId, teamId, memberRoleIds: new Set(memberRoleIds) };
    const bindings = bindingsFor(config, channel, accountId);
    const inTier = (tier) => bindings.filter((binding) => tierOf(binding.match) === tier);
    const withPeerKey = (key) => inTier('peer').filter(({ match }) => match.peer.state === 'valid' && peerKey(match.peer.kind, match.peer.id) === key);
    const pick = (candidates, matchedBy, bindingScope = scope) => {
        const matched = candidates.find((binding) => scopeMatches(binding.match, bindingScope));
        return matched === undefined
            ? undefined
            : { agentId: existingAgentId(config, matched.agentId), matchedBy };
    };
    const route = (peer !== undefined ? pick(withPeerKey(peerKey(peer.kind, peer.id)), 'binding.peer') : undefined) ??
        (parentPeer !== undefined && parentPeer.id !== ''
            ? pick(withPeerKey(peerKey(parentPeer.kind, parentPeer.id)), 'binding.peer.parent', {
                ...scope,
                peer: parentPeer,
            })
            : undefined) ??
        (peer !== undefined ? pick(inTier('binding.peer.wildcard'), 'binding.peer.wildcard') : undefined) ??
        (guildId !== '' && memberRoleIds.length > 0
            ? pick(inTier('binding.guild+roles').filter((b) => b.match.guildId === guildId), 'binding.guild+roles')
            : undefined) ??
        (guildId !== ''
            ? pick(inTier('binding.guild').filter((b) => b.match.guildId === guildId), 'binding.guild')
            : undefined) ??
        (teamId !== ''
            ? pick(inTier('binding.team').filter((b) => b.match.teamId === teamId), 'binding.team')
            : undefined) ??
        pick(inTier('binding.account'), 'binding.account') ??
        pick(inTier('binding.channel'), 'binding.channel');
    if (route !== undefined)
        return route;
    const owner = compatibilityAgentId(config) ??
        requiredDefaultAgentId(config, `${channel} account ${accountId} routing`, `Add a channel-wide binding for ${channel}:${accountId}: ${JSON.stringify({
            agentId: '<agentId>',
            match: { channel, accountId },
        })}. Replace <agentId> with a configured agent, then restart the Gateway.`);
    return { agentId: existingAgentId(config, owner), matchedBy: 'default' };
}
const rosterSets = new WeakMap();
function rosterAgentIdSet(config) {
    let ids = rosterSets.get(config);
    if (ids === undefined) {
        ids = new Set(rosterAgentIds(config));
        rosterSets.set(config, ids);
    }
    return ids;
}
/** `pickFirstExistingAgentId`: the configured agent a binding names, `main`, or an error. */
function existingAgentId(config, agentId) {
    const trimmed = typeof agentId === 'string' ? agentId.trim() : '';
    if (trimmed === '') {
        return normalizeAgentId(compatibilityAgentId(config) ??
            requiredDefaultAgentId(config, 'agent lookup', 'Pass an explicit agent id instead of relying on an implicit route.'));
    }
    const configured = rosterAgentIdSet(config);
    const normalized = normalizeAgentId(trimmed);
    if (configured.has(normalized) || normalized === DEFAULT_AGENT_ID || configured.size === 0)
        return normalized;
    throw agentSelectionRequired('route binding', `Update the binding agentId "${trimmed}" to a configured agent.`);
}

;// CONCATENATED MODULE: ./lib/engine/families/routing.js
// The routing family of OpenClaw 2026.9.6 (SPEC-2026.9 §5.6, §7, §10.2): which configured route
// bindings exist, and where each policy probe lands under OpenClaw's own route resolution
// (`./routing/resolve-route.ts`). Scanned only for a routing section with a valid shape. A probe
// OpenClaw cannot resolve (several agents, no owner) throws `RouteResolutionError`, as the
// release does: the policy command then fails.












/** The routing section, when it is an object whose shape is valid. */
function validRoutingRules(policy, name) {
    if (!policyHasRoutingRules(policy) || !record_isRecord(policy))
        return undefined;
    return routingShapeFinding(policy.routing, name) === undefined
        ? policy.routing
        : undefined;
}
function scanRouting(config, rules) {
    return {
        bindings: routing_routeBindings(config).map(({ index, channel }) => ({
            index,
            source: configAddress('bindings', `#${index}`),
            channel,
        })),
        probes: (rules.probes ?? []).map((probe, index) => {
            const result = resolveRoute(config, probe.route);
            return {
                id: probe.id,
                source: `oc://policy/routing/probes/#${index}`,
                agentId: result.agentId,
                matchedBy: result.matchedBy,
            };
        }),
    };
}
/** `listPolicyRouteBindings`: route bindings (not ACP) with a string agent id and channel. */
function routing_routeBindings(config) {
    if (!Array.isArray(config.bindings))
        return [];
    return config.bindings.flatMap((binding, index) => {
        if (!record_isRecord(binding) || binding.type === 'acp' || !record_isRecord(binding.match))
            return [];
        const channel = binding.match.channel;
        return typeof binding.agentId === 'string' && typeof channel === 'string' ? [{ index, channel }] : [];
    });
}
function routingFindings(policy, name, evidence) {
    const rules = validRoutingRules(policy, name);
    const routing = evidence.routing;
    if (rules === undefined || routing === undefined)
        return [];
    const common = { path: name.display };
    const location = topLevelRules(name, 'routing');
    const findings = [];
    if (rules.requireBindings === true && routing.bindings.length === 0) {
        findings.push(finding({
            checkId: 'policy/routing-bindings-required',
            message: 'Routing policy requires at least one channel route binding, but none are configured.',
            ...common,
            target: configAddress('bindings'),
            requirement: requirementOf(location, 'requireBindings'),
            fixHint: 'Add an intentional route binding or update the policy after review.',
        }));
    }
    if (rules.requireConfiguredChannels === true) {
        const configured = new Set((evidence.channels ?? []).map((channel) => channel.id.toLowerCase()));
        for (const binding of routing.bindings) {
            if (configured.has(binding.channel.toLowerCase()))
                continue;
            findings.push(finding({
                checkId: 'policy/routing-binding-channel-unconfigured',
                message: `Route binding ${binding.index} names unconfigured channel ${binding.channel}.`,
                ...common,
                target: binding.source,
                requirement: requirementOf(location, 'requireConfiguredChannels'),
                fixHint: `Configure channels.${binding.channel}, correct the binding channel, or update the policy after review.`,
            }));
        }
    }
    for (const probe of rules.probes ?? []) {
        const result = routing.probes.find((entry) => entry.id === probe.id);
        if (result === undefined)
            continue;
        const probeSegment = policySegment(probe.id);
        const target = `oc://policy/routing/probes/${probeSegment}/result`;
        const requirement = requirementOf(location, `probes/${probeSegment}/expect`);
        if (normalizeAgentId(result.agentId) !== normalizeAgentId(probe.expect.agentId)) {
            findings.push(finding({
                checkId: 'policy/routing-agent-mismatch',
                message: `Routing probe ${probe.id} resolved to agent ${result.agentId}, not ${probe.expect.agentId}.`,
                ...common,
                target,
                requirement,
                fixHint: 'Review the route bindings and expected destination before changing either one.',
            }));
        }
        if (probe.expect.matchedBy !== undefined && !probe.expect.matchedBy.includes(result.matchedBy)) {
            findings.push(finding({
                checkId: 'policy/routing-match-kind-mismatch',
                message: `Routing probe ${probe.id} matched by ${result.matchedBy}, which is not an expected match kind.`,
                ...common,
                target,
                requirement,
                fixHint: 'Restore the intended binding specificity or update the accepted match kinds after review.',
            }));
        }
    }
    return findings;
}
const routingFamily = {
    name: 'routing',
    evidence: [
        {
            key: 'routing',
            inEarlyReturns: false,
            collectedFor: ({ policy }) => validRoutingRules(policy, ANY_POLICY_NAME) !== undefined,
            collect: ({ config, policy }) => scanRouting(config, validRoutingRules(policy, ANY_POLICY_NAME) ?? {}),
        },
    ],
    findings: ({ policy, name, evidence }) => routingFindings(policy, name, evidence),
};

;// CONCATENATED MODULE: ./lib/engine/families/sandbox/entries.js
// The entry types of the sandboxPosture evidence (SPEC-2026.9 §7.6). Field order is the release's
// key order: the scanner builds entries in it and the report prints them so.

/** Backends whose container posture the scanner can observe. */
function isObservableContainerBackend(backend) {
    const lowered = backend.toLowerCase();
    return lowered === 'docker' || lowered === 'podman';
}
/** How sandbox findings name an entry's owner (SPEC-2026.9 §10.1). */
function sandboxLabel(entry) {
    return ownerLabel(entry, 'default sandbox config');
}

;// CONCATENATED MODULE: ./lib/engine/families/sandbox/bind-spec.js
// OpenClaw's sandbox bind spec split (`splitSandboxBindSpec` of host-paths, with Windows container
// paths allowed): `host:container[:options]`, a leading drive letter (`C:\`, `d:/`) not counted as
// a separator on either side.
function separatorIndex(spec) {
    return spec.indexOf(':', /^[A-Za-z]:[\\/]/.test(spec) ? 2 : 0);
}
/** undefined when the spec has no separator at all. */
function splitBindSpec(spec) {
    const separator = separatorIndex(spec);
    if (separator === -1)
        return undefined;
    const host = spec.slice(0, separator);
    const rest = spec.slice(separator + 1);
    const optionsStart = separatorIndex(rest);
    if (optionsStart === -1)
        return { host, container: rest, options: '' };
    return { host, container: rest.slice(0, optionsStart), options: rest.slice(optionsStart + 1) };
}
/** `ro` when one of the comma-separated options is `ro` (any case, spaces ignored). */
function bindModeOf(spec) {
    const options = spec?.options.split(',') ?? [];
    return options.some((option) => option.trim().toLowerCase() === 'ro') ? 'ro' : 'rw';
}

;// CONCATENATED MODULE: ./lib/engine/families/sandbox/entry-builders.js
// Builders of sandboxPosture entries shared by the container and browser scanners
// (`pushSandboxPostureValue`, `pushSandboxBindPosture`; SPEC-2026.9 §7.6).




const DEFAULT_SANDBOX = `${config_values_AGENT_DEFAULTS_SOURCE}/sandbox`;
/** The agent's own docker settings (none under a shared scope) and the inherited ones. */
function dockerLayers(subject) {
    const local = subject.sharedScope ? {} : recordOrEmpty(subject.sandbox.docker);
    return [local, recordOrEmpty(subject.inheritedSandbox.docker)];
}
function sourceOf(subject, inherited, suffix) {
    return `${inherited ? DEFAULT_SANDBOX : subject.sourceBase}/${suffix}`;
}
/** `pushSandboxPostureValue`: the id is the suffix with `/` → `-`. */
function sandboxValue(subject, suffix, kind, layer, networkSurface) {
    return {
        id: `${subject.id}-${suffix.replaceAll('/', '-')}`,
        kind,
        source: sourceOf(subject, layer.inherited, suffix),
        scope: subject.scope,
        ...agentIdField(subject.agentId),
        value: layer.value,
        ...(networkSurface === undefined ? {} : { networkSurface }),
        explicit: layer.explicit,
    };
}
/** The inherited binds, then the agent's own; ids count across both, sources within each list. */
function bindMounts(subject, binds) {
    return [...binds.inherited, ...binds.local].map((bind, index) => {
        const inherited = index < binds.inherited.length;
        const position = inherited ? index : index - binds.inherited.length;
        const spec = splitBindSpec(bind);
        return {
            id: `${subject.id}-${binds.surface}-bind-${index}`,
            kind: 'containerMount',
            source: sourceOf(subject, inherited, `${binds.sourceSuffix}/#${position}`),
            scope: subject.scope,
            ...agentIdField(subject.agentId),
            bind,
            bindHost: spec?.host,
            bindMode: bindModeOf(spec),
            bindSurface: binds.surface,
            explicit: true,
        };
    });
}

;// CONCATENATED MODULE: ./lib/engine/families/sandbox/browser-evidence.js
// The sandbox browser part of the sandboxPosture evidence (SPEC-2026.9 §7.6): a disabled browser
// is one `value: false` entry (only when `enabled` is set somewhere); an enabled one reports its
// CDP source range, its network and its bind mounts.





const DEFAULT_BROWSER_NETWORK = 'openclaw-sandbox-browser';
function browserPosture(subject, effectiveBackend) {
    const local = subject.sharedScope ? {} : recordOrEmpty(subject.sandbox.browser);
    const inherited = recordOrEmpty(subject.inheritedSandbox.browser);
    const localEnabled = booleanValue(local.enabled);
    const inheritedEnabled = booleanValue(inherited.enabled);
    if (!(localEnabled ?? inheritedEnabled ?? false)) {
        if (localEnabled === undefined && inheritedEnabled === undefined)
            return [];
        return [disabledBrowser(subject, localEnabled === undefined)];
    }
    const network = layeredValue(trimmedString(local.network), trimmedString(inherited.network), DEFAULT_BROWSER_NETWORK);
    return [
        cdpSourceRange(subject, local, inherited),
        sandboxValue(subject, 'browser/network', 'containerNetwork', network, 'browser'),
        ...browserMounts(subject, local, inherited, effectiveBackend),
    ];
}
function rangeEntry(subject, source, value) {
    return {
        id: `${subject.id}-browser-cdp-source-range`,
        kind: 'browserCdpSourceRange',
        source,
        scope: subject.scope,
        ...agentIdField(subject.agentId),
        ...(value === undefined ? {} : { value }),
        explicit: value !== undefined,
    };
}
function disabledBrowser(subject, inherited) {
    return rangeEntry(subject, sourceOf(subject, inherited, 'browser/enabled'), false);
}
/** An agent's own `cdpSourceRange` key wins even when blank (the range is then absent). */
function cdpSourceRange(subject, local, inherited) {
    const hasLocalRange = Object.hasOwn(local, 'cdpSourceRange');
    const inheritedRange = trimmedString(inherited.cdpSourceRange);
    const usesInherited = !hasLocalRange && inheritedRange !== undefined;
    const value = hasLocalRange ? trimmedString(local.cdpSourceRange) : inheritedRange;
    return rangeEntry(subject, sourceOf(subject, usesInherited, 'browser/cdpSourceRange'), value);
}
/**
 * The browser's own binds when either layer sets `binds`; otherwise, for a backend whose docker
 * posture is not scanned, the docker binds (reported with the browser surface).
 */
function browserMounts(subject, local, inherited, effectiveBackend) {
    if (inherited.binds !== undefined || local.binds !== undefined) {
        return bindMounts(subject, {
            inherited: nonBlankStrings(inherited.binds),
            local: nonBlankStrings(local.binds),
            sourceSuffix: 'browser/binds',
            surface: 'browser',
        });
    }
    if (isObservableContainerBackend(effectiveBackend))
        return [];
    const [localDocker, inheritedDocker] = dockerLayers(subject);
    return bindMounts(subject, {
        inherited: nonBlankStrings(inheritedDocker.binds),
        local: nonBlankStrings(localDocker.binds),
        sourceSuffix: 'docker/binds',
        surface: 'browser',
    });
}

;// CONCATENATED MODULE: ./lib/engine/families/sandbox/evidence.js
// The sandboxPosture evidence of OpenClaw 2026.9.6 (`scanPolicySandboxPosture`, SPEC-2026.9 §7.6):
// `agents.defaults.sandbox`, then each configured agent's sandbox layered over it.







function scanSandboxPosture(config) {
    const defaultSandbox = recordOrEmpty(recordOrEmpty(recordOrEmpty(config.agents).defaults).sandbox);
    const subjects = [
        {
            id: 'agents-defaults',
            scope: 'defaults',
            sandbox: defaultSandbox,
            inheritedSandbox: {},
            sharedScope: false,
            sourceBase: DEFAULT_SANDBOX,
        },
    ];
    for (const agent of configuredAgentSettings(config)) {
        const sandbox = recordOrEmpty(agent.value.sandbox);
        subjects.push({
            id: agent.agentId,
            scope: 'agent',
            agentId: agent.agentId,
            sandbox,
            inheritedSandbox: defaultSandbox,
            sharedScope: sandboxScopeIsShared(sandbox, defaultSandbox),
            sourceBase: `${agent.sourceBase}/sandbox`,
        });
    }
    return sortedBySourceThenId(subjects.flatMap(evidence_subjectEntries));
}
/** `scope: "shared"`, or (no scope set) `perSession: false`, the agent's own setting first. */
function sandboxScopeIsShared(sandbox, inherited) {
    const scope = trimmedString(sandbox.scope) ?? trimmedString(inherited.scope);
    if (scope !== undefined)
        return scope === 'shared';
    return (booleanValue(sandbox.perSession) ?? booleanValue(inherited.perSession)) === false;
}
function evidence_subjectEntries(subject) {
    const { sandbox, inheritedSandbox } = subject;
    const mode = layeredValue(trimmedString(sandbox.mode), trimmedString(inheritedSandbox.mode), 'off');
    const backend = layeredValue(trimmedString(sandbox.backend), trimmedString(inheritedSandbox.backend), 'docker');
    const effectiveBackend = backend.value.toLowerCase();
    return [
        sandboxValue(subject, 'mode', 'mode', mode),
        sandboxValue(subject, 'backend', 'backend', { ...backend, value: effectiveBackend }),
        ...(isObservableContainerBackend(effectiveBackend) ? dockerPosture(subject) : []),
        ...browserPosture(subject, effectiveBackend),
    ];
}
function dockerPosture(subject) {
    const [local, inherited] = dockerLayers(subject);
    const network = layeredValue(trimmedString(local.network), trimmedString(inherited.network), 'none');
    return [
        sandboxValue(subject, 'docker/network', 'containerNetwork', network, 'docker'),
        securityProfile(subject, local, inherited, 'seccomp'),
        securityProfile(subject, local, inherited, 'apparmor'),
        ...bindMounts(subject, {
            inherited: nonBlankStrings(inherited.binds),
            local: nonBlankStrings(local.binds),
            sourceSuffix: 'docker/binds',
            surface: 'docker',
        }),
    ];
}
function securityProfile(subject, local, inherited, profile) {
    const key = profile === 'apparmor' ? 'apparmorProfile' : 'seccompProfile';
    const localValue = trimmedString(local[key]);
    const inheritedValue = trimmedString(inherited[key]);
    const value = localValue ?? inheritedValue;
    return {
        id: `${subject.id}-docker-${profile}-profile`,
        kind: 'containerSecurityProfile',
        source: sourceOf(subject, localValue === undefined && inheritedValue !== undefined, `docker/${key}`),
        scope: subject.scope,
        ...agentIdField(subject.agentId),
        profile,
        ...(value === undefined ? {} : { value }),
        explicit: value !== undefined,
    };
}

;// CONCATENATED MODULE: ./lib/engine/families/sandbox/container-findings.js




/** The container rules and what a backend that cannot observe them reports. */
const CONTAINER_RULES = [
    { key: 'denyHostNetwork', posture: 'host network posture' },
    { key: 'denyContainerNamespaceJoin', posture: 'container namespace posture' },
    { key: 'requireReadOnlyMounts', posture: 'container mount mode posture' },
    { key: 'denyContainerRuntimeSocketMounts', posture: 'container runtime socket mount posture' },
    { key: 'denyUnconfinedProfiles', posture: 'container security profile posture' },
];
const containerRuleOn = (key) => (rules) => policyBoolean(rules, ['containers', key]) === true;
const isNetwork = (entry) => entry.kind === 'containerNetwork';
const isMount = (entry) => entry.kind === 'containerMount';
const CONTAINER_NETWORK_FIX = 'Change the container network mode or update policy after review.';
const HOST_NETWORK = {
    enabled: containerRuleOn('denyHostNetwork'),
    rule: 'containers/denyHostNetwork',
    checkId: 'policy/sandbox-container-host-network-denied',
    flags: (entry) => isNetwork(entry) && entry.value.toLowerCase() === 'host',
    message: (entry) => `${sandboxLabel(entry)} uses host container network mode.`,
    fixHint: CONTAINER_NETWORK_FIX,
};
const NAMESPACE_JOIN = {
    enabled: containerRuleOn('denyContainerNamespaceJoin'),
    rule: 'containers/denyContainerNamespaceJoin',
    checkId: 'policy/sandbox-container-namespace-join-denied',
    flags: (entry) => isNetwork(entry) && entry.value.toLowerCase().startsWith('container:'),
    message: (entry) => `${sandboxLabel(entry)} joins another container network namespace '${entry.value}'.`,
    fixHint: CONTAINER_NETWORK_FIX,
};
const MOUNT_MODE = {
    enabled: containerRuleOn('requireReadOnlyMounts'),
    rule: 'containers/requireReadOnlyMounts',
    checkId: 'policy/sandbox-container-mount-mode-required',
    flags: (entry) => isMount(entry) && entry.bindMode !== 'ro',
    message: (entry) => `${sandboxLabel(entry)} has container mount '${entry.bind}' with mode '${entry.bindMode}'.`,
    fixHint: 'Set the mount mode to read-only or update policy after review.',
};
const RUNTIME_SOCKET = {
    enabled: containerRuleOn('denyContainerRuntimeSocketMounts'),
    rule: 'containers/denyContainerRuntimeSocketMounts',
    checkId: 'policy/sandbox-container-runtime-socket-mount',
    flags: (entry) => isMount(entry) && isContainerRuntimeSocket(entry.bindHost),
    message: (entry) => `${sandboxLabel(entry)} binds host container runtime socket '${entry.bindHost ?? ''}'.`,
    fixHint: 'Remove the container runtime socket bind or update policy after review.',
};
const UNCONFINED_PROFILE = {
    enabled: containerRuleOn('denyUnconfinedProfiles'),
    rule: 'containers/denyUnconfinedProfiles',
    checkId: 'policy/sandbox-container-unconfined-profile',
    flags: (entry) => entry.kind === 'containerSecurityProfile' && entry.value?.toLowerCase() === 'unconfined',
    message: (entry) => `${sandboxLabel(entry)} sets container ${entry.profile} profile to unconfined.`,
    fixHint: 'Remove the unconfined container profile or update policy after review.',
};
const CDP_SOURCE_RANGE = {
    enabled: (rules) => policyBoolean(rules, ['browser', 'requireCdpSourceRange']) === true,
    rule: 'browser/requireCdpSourceRange',
    checkId: 'policy/sandbox-browser-cdp-source-range-missing',
    flags: (entry) => entry.kind === 'browserCdpSourceRange' && entry.value === undefined,
    message: (entry) => `${sandboxLabel(entry)} enables sandbox browser without cdpSourceRange.`,
    fixHint: 'Set agents.*.sandbox.browser.cdpSourceRange or update policy after review.',
};
function containerFindings(rules, location, entries) {
    return [
        ...unobservableFindings(rules, location, entries),
        ...entryRuleFindings(HOST_NETWORK, rules, location, entries),
        ...entryRuleFindings(NAMESPACE_JOIN, rules, location, entries),
        ...entryRuleFindings(MOUNT_MODE, rules, location, entries),
        ...entryRuleFindings(RUNTIME_SOCKET, rules, location, entries),
        ...entryRuleFindings(UNCONFINED_PROFILE, rules, location, entries),
        ...entryRuleFindings(CDP_SOURCE_RANGE, rules, location, entries),
    ];
}
function entryRuleFindings(rule, rules, location, entries) {
    if (!rule.enabled(rules))
        return [];
    return entries.filter(rule.flags).map((entry) => policyEvidenceFinding(entry.source, {
        checkId: rule.checkId,
        message: rule.message(entry),
        requirement: requirementOf(location, rule.rule),
        fixHint: rule.fixHint,
    }));
}
/** Each enabled container rule, for each backend entry that is not docker or podman. */
function unobservableFindings(rules, location, entries) {
    const enabled = CONTAINER_RULES.filter((rule) => containerRuleOn(rule.key)(rules));
    if (enabled.length === 0)
        return [];
    return entries
        .filter((entry) => entry.kind === 'backend')
        .filter((entry) => !isObservableContainerBackend(entry.value))
        .flatMap((entry) => enabled.map((rule) => policyEvidenceFinding(entry.source, {
        checkId: 'policy/sandbox-container-posture-unobservable',
        message: `${sandboxLabel(entry)} uses sandbox backend '${entry.value}', which cannot observe ${rule.posture}.`,
        requirement: requirementOf(location, `containers/${rule.key}`),
        fixHint: 'Use an observable container backend for this sandbox or remove the container posture rule.',
    })));
}
const RUNTIME_SOCKET_NAMES = new Set(['containerd.sock', 'docker.sock', 'podman.sock']);
const RUNTIME_SOCKET_PATHS = new Set([
    '/run/containerd/containerd.sock',
    '/run/docker.sock',
    '/run/podman/podman.sock',
    '/var/run/docker.sock',
    '/var/run/podman/podman.sock',
]);
/** A well-known runtime socket path, or any path ending in a runtime socket's file name. */
function isContainerRuntimeSocket(host) {
    if (host === undefined)
        return false;
    const normalized = host.replaceAll('\\', '/').toLowerCase();
    return RUNTIME_SOCKET_PATHS.has(normalized) || RUNTIME_SOCKET_NAMES.has(normalized.split('/').at(-1) ?? '');
}

;// CONCATENATED MODULE: ./lib/engine/families/sandbox/scoped-entries.js
// Which sandboxPosture entries one agent scope judges (`scopedSandboxAgentMatches`, SPEC-2026.9
// §9.2): the agent's own entries, and a defaults entry only where the agent has no entry for the
// same field and the defaults would reach it (its backend is observable for container fields, its
// browser is not disabled for browser fields).


function scopedSandboxEntries(entries, agentId) {
    const index = AgentEntryIndex.of(entries);
    const ownEntries = index.own(agentId).filter((entry) => entry.scope === 'agent');
    return index.select(agentId, (entry) => entry.scope === 'defaults' &&
        !defaultsUnreachable(entry, ownEntries) &&
        !ownEntries.some((own) => describeSameField(own, entry)));
}
function defaultsUnreachable(entry, ownEntries) {
    if (needsContainerBackend(entry)) {
        const backend = ownEntries.find((own) => own.kind === 'backend');
        if (backend !== undefined && !isObservableContainerBackend(backend.value))
            return true;
    }
    if (needsBrowser(entry)) {
        const range = ownEntries.find((own) => own.kind === 'browserCdpSourceRange');
        if (range?.value === false)
            return true;
    }
    return false;
}
function needsContainerBackend(entry) {
    return ((entry.kind === 'containerNetwork' && entry.networkSurface === 'docker') ||
        entry.kind === 'containerSecurityProfile' ||
        (entry.kind === 'containerMount' && entry.bindSurface === 'docker'));
}
function needsBrowser(entry) {
    return (entry.kind === 'browserCdpSourceRange' ||
        (entry.kind === 'containerNetwork' && entry.networkSurface === 'browser') ||
        (entry.kind === 'containerMount' && entry.bindSurface === 'browser'));
}
function describeSameField(a, b) {
    return (a.kind === b.kind &&
        fieldOf(a, 'bindSurface') === fieldOf(b, 'bindSurface') &&
        fieldOf(a, 'networkSurface') === fieldOf(b, 'networkSurface') &&
        fieldOf(a, 'profile') === fieldOf(b, 'profile'));
}
function fieldOf(entry, key) {
    return entry[key];
}

;// CONCATENATED MODULE: ./lib/engine/families/sandbox/findings.js









function sandboxPostureFindings({ policy, name, evidence }) {
    const entries = (evidence.sandboxPosture ?? []);
    return topLevelThenScopedFindings(policy, name, {
        path: ['sandbox'],
        shapeFinding: sandboxPostureShapeFinding,
        requireValidScopes: true,
        scopeTargets: agentScopeTargets,
        entries,
        scopedEntries: (target) => scopedSandboxEntries(entries, target.agentId),
        ruleFindings: sandboxRuleFindings,
    });
}
function sandboxRuleFindings(rules, location, entries) {
    return [
        ...allowedValueFindings(rules, location, entries, 'mode'),
        ...allowedValueFindings(rules, location, entries, 'backend'),
        ...containerFindings(rules, location, entries),
    ];
}
const ALLOWED_VALUE_RULES = {
    mode: {
        rule: 'requireMode',
        checkId: 'policy/sandbox-mode-unapproved',
        setting: 'sandbox mode',
        fixHint: 'Set agents.defaults.sandbox.mode or agents.entries.<id>.sandbox.mode to an approved value.',
    },
    backend: {
        rule: 'allowBackends',
        checkId: 'policy/sandbox-backend-unapproved',
        setting: 'sandbox backend',
        fixHint: 'Use an approved sandbox backend or update policy after review.',
    },
};
/** The mode or backend must be in the policy list (compared lowercased). */
function allowedValueFindings(rules, location, entries, kind) {
    const rule = ALLOWED_VALUE_RULES[kind];
    const allowed = new Set(lowercasedPolicyList(rules, [rule.rule]));
    if (allowed.size === 0)
        return [];
    return entries
        .filter((entry) => entry.kind === kind)
        .filter((entry) => !allowed.has(entry.value.toLowerCase()))
        .map((entry) => policyEvidenceFinding(entry.source, {
        checkId: rule.checkId,
        message: `${sandboxLabel(entry)} uses unapproved ${rule.setting} '${entry.value}'.`,
        requirement: requirementOf(location, rule.rule),
        fixHint: rule.fixHint,
    }));
}

;// CONCATENATED MODULE: ./lib/engine/families/sandbox.js
// The sandboxPosture family of OpenClaw 2026.9.6 (SPEC-2026.9 §5.11, §7.6, §10.2): evidence in
// `sandbox/evidence.ts`, findings in `sandbox/findings.ts`.




const sandboxFamily = {
    name: 'sandboxPosture',
    evidence: [collectedWhen('sandboxPosture', policyHasSandboxPostureRules, scanSandboxPosture)],
    findings: sandboxPostureFindings,
};

;// CONCATENATED MODULE: ./lib/engine/families/secrets/auth-profiles.js
// Auth profiles of OpenClaw 2026.9.6 (SPEC-2026.9 §5.13, §7 `authProfiles`, §10.2): the
// provider/mode metadata of `auth.profiles.<id>`, and the two checks on it.






const AUTH_PROFILE_MODES = ['api_key', 'aws-sdk', 'oauth', 'token'];
const AUTH_PROFILE_METADATA = ['provider', 'mode'];
const hasProvider = (provider) => typeof provider === 'string' && provider.trim() !== '';
const isAuthProfileMode = (mode) => AUTH_PROFILE_MODES.includes(mode);
function scanAuthProfiles(config) {
    const profiles = recordOrEmpty(recordOrEmpty(config.auth).profiles);
    return sortByKey(Object.entries(profiles), ([id]) => id).map(([id, value]) => {
        const entry = {
            id,
            source: configAddress('auth', 'profiles', ocSegment(id)),
            validMetadata: record_isRecord(value) && hasProvider(value.provider) && isAuthProfileMode(value.mode),
        };
        if (record_isRecord(value)) {
            if (typeof value.provider === 'string')
                entry.provider = value.provider;
            if (typeof value.mode === 'string')
                entry.mode = value.mode;
        }
        return entry;
    });
}
/** `auth.profiles.requireMetadata` and `auth.profiles.allowModes` over the profiles. */
function authProfileFindings(policy, name, profiles) {
    if (!record_isRecord(policy))
        return [];
    const location = topLevelRules(name, 'auth/profiles');
    return [
        ...missingMetadataFindings(policy, location, profiles),
        ...unapprovedModeFindings(policy, location, profiles),
    ];
}
function missingMetadataFindings(policy, location, profiles) {
    const required = new Set(lowercasedPolicyList(policy, ['auth', 'profiles', 'requireMetadata']).filter((entry) => AUTH_PROFILE_METADATA.includes(entry)));
    if (required.size === 0)
        return [];
    return profiles.flatMap((profile) => {
        const missing = [...required].filter((metadata) => metadata === 'provider' ? !hasProvider(profile.provider) : !isAuthProfileMode(profile.mode));
        if (missing.length === 0)
            return [];
        return [
            policyEvidenceFinding(profile.source, {
                checkId: 'policy/auth-profile-invalid-metadata',
                message: `Auth profile '${profile.id}' is missing required metadata: ${missing.join(', ')}.`,
                requirement: requirementOf(location, 'requireMetadata'),
                fixHint: 'Set auth.profiles.<id>.provider and a supported auth profile mode.',
            }),
        ];
    });
}
function unapprovedModeFindings(policy, location, profiles) {
    const allowed = new Set(lowercasedPolicyList(policy, ['auth', 'profiles', 'allowModes']));
    if (allowed.size === 0)
        return [];
    return profiles
        .filter((profile) => profile.mode !== undefined && !allowed.has(profile.mode))
        .map((profile) => policyEvidenceFinding(profile.source, {
        checkId: 'policy/auth-profile-unapproved-mode',
        message: `Auth profile '${profile.id}' uses mode '${String(profile.mode)}' outside the policy allowlist.`,
        requirement: requirementOf(location, 'allowModes'),
        fixHint: 'Change the auth profile mode or update policy after review.',
    }));
}

;// CONCATENATED MODULE: ./lib/engine/families/secrets/secret-input-paths.js
// Which config paths hold secret inputs (`isSecretInputPath` of the release, SPEC-2026.9 §7.7):
// credential-like keys anywhere, plus the header, auth and TLS values of configured provider
// requests. A path is the list of keys from the config root, array items written `#<index>`.
/** Pattern segments: `*` any non-empty key, `#` any array item (`#<index>`), else the key itself. */
function matchesPrefix(path, pattern) {
    if (path.length < pattern.length)
        return false;
    return pattern.every((segment, index) => {
        const key = path[index];
        if (segment === '*')
            return key !== '';
        if (segment === '#')
            return key.startsWith('#');
        return key === segment;
    });
}
const matches = (path, pattern) => path.length === pattern.length && matchesPrefix(path, pattern);
const ACPX_MCP_SERVER_ENV = ['plugins', 'entries', 'acpx', 'config', 'mcpServers', '*', 'env', '*'];
const HEADER_MAPS = [
    ['models', 'providers', '*', 'headers', '*'],
    ['memory', 'search', 'remote', 'headers', '*'],
    ['agents', 'entries', '*', 'memory', 'search', 'remote', 'headers', '*'],
    ['agents', 'list', '#', 'memory', 'search', 'remote', 'headers', '*'],
    ['diagnostics', 'otel', 'headers', '*'],
];
/** Owners of a `request` block (headers, auth, TLS) whose values are secret inputs. */
const PROVIDER_REQUEST_OWNERS = [
    ['models', 'providers', '*'],
    ['tools', 'media', 'models', '#'],
    ['tools', 'media', 'audio'],
    ['tools', 'media', 'image'],
    ['tools', 'media', 'video'],
];
const EXACT_SECRET_KEYS = new Set([
    'apikey',
    'keyref',
    'token',
    'tokenref',
    'password',
    'secret',
    'encryptkey',
    'webhooksecret',
    'serviceaccount',
    'serviceaccountref',
    'privatekey',
    'certificate',
    'certificatedata',
    'identitydata',
    'knownhosts',
    'knownhostsdata',
]);
const SECRET_KEY_SUFFIXES = ['apikey', 'token', 'secret', 'password'];
/** Credential-like key names, case-insensitive. */
function isSecretInputKey(key) {
    const normalized = key.toLowerCase();
    return (EXACT_SECRET_KEYS.has(normalized) || SECRET_KEY_SUFFIXES.some((suffix) => normalized.endsWith(suffix)));
}
const TLS_SECRET_KEYS = new Set(['ca', 'cert', 'key', 'passphrase']);
const AUTH_SECRET_KEYS = new Set(['token', 'value']);
/** `<owner>/request/{headers/<h> | auth/<token|value> | tls/<k> | proxy/tls/<k>}`. */
function isProviderRequestSecretPath(path, owner) {
    if (path.length < owner.length + 3 || !matchesPrefix(path, owner))
        return false;
    if (path[owner.length] !== 'request')
        return false;
    const [first, second, third] = path.slice(owner.length + 1);
    const rest = path.length - owner.length - 1;
    if (rest === 2) {
        if (first === 'headers')
            return true;
        if (first === 'auth')
            return AUTH_SECRET_KEYS.has(second);
        if (first === 'tls')
            return TLS_SECRET_KEYS.has(second);
        return false;
    }
    return rest === 3 && first === 'proxy' && second === 'tls' && TLS_SECRET_KEYS.has(third);
}
function isSecretInputPath(path) {
    const key = path.at(-1);
    if (key === undefined)
        return false;
    if (matches(path, ACPX_MCP_SERVER_ENV))
        return true;
    // Other `env` maps hold raw environment values, whatever their names.
    if (path.length >= 2 && path.at(-2) === 'env')
        return false;
    if (isSecretInputKey(key))
        return true;
    return (HEADER_MAPS.some((pattern) => matches(path, pattern)) ||
        PROVIDER_REQUEST_OWNERS.some((owner) => isProviderRequestSecretPath(path, owner)));
}

;// CONCATENATED MODULE: ./lib/engine/families/secrets/secret-refs.js
// OpenClaw's SecretRef coercion (`coerceSecretRef`, src/config/types.secrets.ts and
// src/secrets/ref-contract.ts of the release): which config values point at a secret provider
// instead of holding the secret, and which provider they name.

const SOURCES = ['env', 'file', 'exec', 'store'];
const DEFAULT_PROVIDER = 'default';
const ENV_TEMPLATE = /^\$\{([A-Z][A-Z0-9_]{0,127})\}$/;
const ENV_SHORTHAND = /^\$([A-Z][A-Z0-9_]{0,127})$/;
const isSource = (value) => SOURCES.includes(value);
const isNonBlank = (value) => typeof value === 'string' && value.trim() !== '';
/** `secretRefDefaults`: undefined unless `secrets.defaults` is an object. */
function secretRefDefaults(value) {
    if (!record_isRecord(value))
        return undefined;
    const defaults = {};
    for (const source of SOURCES) {
        const provider = value[source];
        if (typeof provider === 'string')
            defaults[source] = provider;
    }
    return defaults;
}
/**
 * The ref a value stands for, or undefined: a canonical ref (exactly `source`, `provider`, `id`),
 * a legacy ref without a provider (other keys allowed; the provider comes from the defaults), or
 * an env template `${NAME}` / `$NAME` (provider: the env default, else `default`).
 */
function coerceSecretRef(value, defaults) {
    if (record_isRecord(value)) {
        if (Object.keys(value).length === 3 &&
            isSource(value.source) &&
            isNonBlank(value.provider) &&
            isNonBlank(value.id))
            return { source: value.source, provider: value.provider, id: value.id };
        if (isSource(value.source) && isNonBlank(value.id) && value.provider === undefined)
            return { source: value.source, provider: defaults?.[value.source] ?? DEFAULT_PROVIDER, id: value.id };
        return undefined;
    }
    if (typeof value !== 'string')
        return undefined;
    const trimmed = value.trim();
    const name = (ENV_TEMPLATE.exec(trimmed) ?? ENV_SHORTHAND.exec(trimmed))?.[1];
    if (name === undefined)
        return undefined;
    const provider = (defaults?.env ?? DEFAULT_PROVIDER).trim() || DEFAULT_PROVIDER;
    return { source: 'env', provider, id: name };
}

;// CONCATENATED MODULE: ./lib/engine/families/secrets/scan.js
// The secrets evidence of OpenClaw 2026.9.6 (`scanPolicySecrets`, SPEC-2026.9 §7.7): the declared
// secret providers, then every SecretRef found by walking the whole config, sorted by source.





function scanSecrets(config) {
    const secrets = recordOrEmpty(config.secrets);
    const entries = [...secretProviders(secrets)];
    collectSecretInputs(entries, config, [], secretRefDefaults(secrets.defaults));
    return sortByKey(entries, (entry) => entry.source);
}
function secretProviders(secrets) {
    return Object.entries(recordOrEmpty(secrets.providers)).map(([id, value]) => {
        const entry = {
            id,
            kind: 'provider',
            source: configAddress('secrets', 'providers', ocSegment(id)),
        };
        if (record_isRecord(value) && typeof value.source === 'string')
            entry.providerSource = value.source;
        return entry;
    });
}
/** Depth first, in key order; a value that is a SecretRef at a secret-input path is not entered. */
function collectSecretInputs(entries, value, path, defaults) {
    if (Array.isArray(value)) {
        value.forEach((item, index) => collectSecretInputs(entries, item, [...path, `#${index}`], defaults));
        return;
    }
    if (!record_isRecord(value))
        return;
    for (const [key, child] of Object.entries(value)) {
        const childPath = [...path, key];
        const ref = isSecretInputPath(childPath) ? coerceSecretRef(child, defaults) : undefined;
        if (ref === undefined) {
            collectSecretInputs(entries, child, childPath, defaults);
            continue;
        }
        const source = configAddress(...childPath.map(ocSegment));
        entries.push({
            id: source,
            kind: 'input',
            source,
            provenance: 'secretRef',
            refSource: ref.source,
            refProvider: ref.provider,
        });
    }
}

;// CONCATENATED MODULE: ./lib/engine/families/secrets.js
// The secrets and auth-profile families of OpenClaw 2026.9.6 (SPEC-2026.9 §5.13, §7.7, §10.2):
// where config credentials come from (SecretRefs and their providers) and the metadata of auth
// profiles. One findings block holds both, as in the release (§4 step 12.13); the
// `auth.profiles.requireMetadata` shape finding comes later, as its own block (step 12.15).











const secretsFamily = {
    name: 'secrets',
    evidence: [
        collectedWhen('secrets', policyHasSecretRules, scanSecrets),
        collectedWhen('authProfiles', policyHasAuthProfileRules, scanAuthProfiles),
    ],
    /** Secrets shape-or-findings, then auth-profile allowModes shape-or-findings (§4 step 12.13). */
    findings: ({ policy, name, evidence }) => {
        const secretsShape = secretsShapeFindings(policy, name);
        const authShape = authAllowModesShapeFindings(policy, name);
        const profiles = evidence.authProfiles ?? [];
        return [
            ...(secretsShape.length > 0 ? secretsShape : secretFindings(policy, name, evidence)),
            ...(authShape.length > 0 ? authShape : authProfileFindings(policy, name, profiles)),
        ];
    },
};
/** §4 step 12.15: the `auth.profiles.requireMetadata` shape finding. */
const authMetadataRequirementBlock = ({ policy, name }) => authRequireMetadataShapeFindings(policy, name);
function secretFindings(policy, name, evidence) {
    if (!record_isRecord(policy))
        return [];
    const entries = evidence.secrets ?? [];
    const requirement = (rule) => requirementOf(topLevelRules(name, 'secrets'), rule);
    return [
        ...unmanagedProviderFindings(policy, entries, requirement('requireManagedProviders')),
        ...deniedSourceFindings(policy, entries, requirement('denySources')),
        ...insecureProviderFindings(policy, entries, requirement('allowInsecureProviders')),
    ];
}
/** Every SecretRef must name a declared provider of the same source. */
function unmanagedProviderFindings(policy, entries, requirement) {
    if (valueAtPath(policy, ['secrets', 'requireManagedProviders']) !== true)
        return [];
    const declared = new Set(entries.flatMap((entry) => entry.kind === 'provider' && entry.providerSource !== undefined
        ? [`${entry.providerSource}:${entry.id}`]
        : []));
    return entries.flatMap((entry) => entry.kind === 'input' && !declared.has(`${entry.refSource}:${entry.refProvider}`)
        ? [
            policyEvidenceFinding(entry.source, {
                checkId: 'policy/secrets-unmanaged-provider',
                message: `SecretRef uses unmanaged provider '${entry.refProvider}'.`,
                requirement,
                fixHint: 'Declare the referenced provider under secrets.providers or update policy after review.',
            }),
        ]
        : []);
}
function deniedSourceFindings(policy, entries, requirement) {
    const denied = new Set(lowercasedPolicyList(policy, ['secrets', 'denySources']));
    if (denied.size === 0)
        return [];
    return entries.flatMap((entry) => {
        const source = entry.kind === 'provider' ? entry.providerSource : entry.refSource;
        if (source === undefined || !denied.has(source))
            return [];
        return [
            policyEvidenceFinding(entry.source, {
                checkId: 'policy/secrets-denied-provider-source',
                message: `Secret ${entry.kind} '${entry.id}' uses denied source '${source}'.`,
                requirement,
                fixHint: 'Move this secret to an approved source or update policy after review.',
            }),
        ];
    });
}
/** Never fires on the release's evidence: providers carry no insecure flags (SPEC-2026.9 §14.5). */
function insecureProviderFindings(policy, entries, requirement) {
    if (valueAtPath(policy, ['secrets', 'allowInsecureProviders']) !== false)
        return [];
    return entries.flatMap((entry) => entry.kind === 'provider' && entry.insecure !== undefined && entry.insecure.length > 0
        ? [
            policyEvidenceFinding(entry.source, {
                checkId: 'policy/secrets-insecure-provider',
                message: `Secret provider '${entry.id}' enables insecure posture: ${entry.insecure.join(', ')}.`,
                requirement,
                fixHint: 'Remove insecure provider overrides or update policy after review.',
            }),
        ]
        : []);
}

;// CONCATENATED MODULE: ./lib/engine/families/tool-posture/exec-posture.js
// The exec settings of one toolPosture subject (SPEC-2026.9 §7.5): host, then security and ask,
// which an `exec.mode` overrides through OpenClaw's mode table.


/** `resolveExecPolicyForMode` (exec-approvals-core), without the auto-review flag. */
const MODE_POLICY = {
    deny: { security: 'deny', ask: 'off' },
    allowlist: { security: 'allowlist', ask: 'off' },
    ask: { security: 'allowlist', ask: 'on-miss' },
    auto: { security: 'allowlist', ask: 'on-miss' },
    full: { security: 'full', ask: 'off' },
};
function execMode(value) {
    const mode = trimmedString(value)?.toLowerCase();
    return mode !== undefined && Object.hasOwn(MODE_POLICY, mode) ? mode : undefined;
}
function execPosture(subject) {
    const local = recordOrEmpty(subject.tools.exec);
    const inherited = recordOrEmpty(subject.inheritedTools.exec);
    const host = layeredValue(trimmedString(local.host), trimmedString(inherited.host), 'auto');
    const sandboxMode = trimmedString(subject.sandbox.mode) ?? trimmedString(subject.inheritedSandbox.mode);
    // Without a configured security, exec is denied where it would run in the sandbox.
    const defaultSecurity = host.value === 'sandbox' || (host.value === 'auto' && sandboxMode === 'all') ? 'deny' : 'full';
    const localMode = execMode(local.mode);
    const inheritedMode = execMode(inherited.mode);
    const mode = localMode !== undefined
        ? { ...MODE_POLICY[localMode], inherited: false }
        : inheritedMode !== undefined
            ? { ...MODE_POLICY[inheritedMode], inherited: true }
            : undefined;
    return [
        { suffix: 'exec/host', kind: 'execHost', layer: host },
        modeAwareSetting('exec/security', 'execSecurity', mode, local.security, inherited.security, defaultSecurity),
        modeAwareSetting('exec/ask', 'execAsk', mode, local.ask, inherited.ask, 'off'),
    ];
}
/**
 * Precedence: an agent's own mode; then its own value; then an inherited mode; then the inherited
 * value. The source keeps the release's quirk: an agent's own mode with an inherited value cites
 * the global `tools/exec/mode`, because "inherited" is decided from the value alone.
 */
function modeAwareSetting(suffix, kind, mode, localRaw, inheritedRaw, fallback) {
    const key = kind === 'execSecurity' ? 'security' : 'ask';
    const local = trimmedString(localRaw);
    const inherited = trimmedString(inheritedRaw);
    const usesMode = mode?.inherited === false || (local === undefined && mode?.inherited === true);
    const value = mode?.inherited === false ? mode[key] : (local ?? mode?.[key] ?? inherited ?? fallback);
    const layer = {
        value,
        explicit: mode !== undefined || local !== undefined || inherited !== undefined,
        inherited: mode?.inherited === true ? local === undefined : local === undefined && inherited !== undefined,
    };
    return { suffix, kind, layer, ...(usesMode ? { sourceSuffix: 'exec/mode' } : {}) };
}

;// CONCATENATED MODULE: ./lib/engine/families/tool-posture/evidence.js
// The toolPosture evidence of OpenClaw 2026.9.6 (`scanPolicyToolPosture`, SPEC-2026.9 §7.5): the
// global `tools` settings, then each configured agent's, every value layered over the global one.







function scanToolPosture(config) {
    const globalTools = recordOrEmpty(config.tools);
    const agents = recordOrEmpty(config.agents);
    const defaultSandbox = recordOrEmpty(recordOrEmpty(agents.defaults).sandbox);
    const subjects = [
        {
            id: 'tools',
            scope: 'global',
            tools: globalTools,
            inheritedTools: {},
            sandbox: defaultSandbox,
            inheritedSandbox: {},
            sourceBase: GLOBAL_TOOLS_SOURCE,
        },
    ];
    for (const agent of configuredAgentSettings(config)) {
        subjects.push({
            id: agent.agentId,
            scope: 'agent',
            agentId: agent.agentId,
            tools: recordOrEmpty(agent.value.tools),
            inheritedTools: globalTools,
            sandbox: recordOrEmpty(agent.value.sandbox),
            inheritedSandbox: defaultSandbox,
            sourceBase: `${agent.sourceBase}/tools`,
        });
    }
    return sortedBySourceThenId(subjects.flatMap(tool_posture_evidence_subjectEntries));
}
function tool_posture_evidence_subjectEntries(subject) {
    const { tools, inheritedTools } = subject;
    const fs = recordOrEmpty(tools.fs);
    const inheritedFs = recordOrEmpty(inheritedTools.fs);
    return [
        postureValue(subject, 'profile', 'profile', trimmedLayer(tools.profile, inheritedTools.profile, 'full')),
        toolList(subject, 'allow'),
        alsoAllowList(subject),
        toolList(subject, 'deny'),
        postureValue(subject, 'fs/workspaceOnly', 'fsWorkspaceOnly', layeredValue(booleanValue(fs.workspaceOnly), booleanValue(inheritedFs.workspaceOnly), false)),
        ...execPosture(subject).map((setting) => postureValue(subject, setting.suffix, setting.kind, setting.layer, setting.sourceSuffix)),
        ...elevatedPosture(subject),
    ];
}
function trimmedLayer(local, inherited, fallback) {
    return layeredValue(trimmedString(local), trimmedString(inherited), fallback);
}
/** `pushToolPostureValue`: the id is the suffix with `/` → `-`; inherited values cite the global base. */
function postureValue(subject, suffix, kind, layer, sourceSuffix = suffix) {
    return {
        id: `${subject.id}-${suffix.replaceAll('/', '-')}`,
        kind,
        source: `${layer.inherited ? GLOBAL_TOOLS_SOURCE : subject.sourceBase}/${sourceSuffix}`,
        scope: subject.scope,
        ...agentIdField(subject.agentId),
        value: layer.value,
        explicit: layer.explicit,
    };
}
function listEntry(subject, id, kind, source, entries, explicit) {
    return { id, kind, source, scope: subject.scope, ...agentIdField(subject.agentId), entries, explicit };
}
/** allow/deny: the inherited entries, then the agent's own (both apply). */
function toolList(subject, key) {
    const local = nonBlankStrings(subject.tools[key]);
    const inherited = nonBlankStrings(subject.inheritedTools[key]);
    const base = local.length === 0 && inherited.length > 0 ? GLOBAL_TOOLS_SOURCE : subject.sourceBase;
    return listEntry(subject, `${subject.id}-${key}`, key, `${base}/${key}`, [...inherited, ...local], local.length > 0 || inherited.length > 0);
}
/** alsoAllow: the agent's own array when it has one (even empty), else the inherited one. */
function alsoAllowList(subject) {
    const local = subject.tools.alsoAllow;
    const inherited = subject.inheritedTools.alsoAllow;
    const usesInherited = !Array.isArray(local) && Array.isArray(inherited);
    return listEntry(subject, `${subject.id}-alsoAllow`, 'alsoAllow', `${usesInherited ? GLOBAL_TOOLS_SOURCE : subject.sourceBase}/alsoAllow`, nonBlankStrings(usesInherited ? inherited : local), Array.isArray(local) || Array.isArray(inherited));
}
function elevatedPosture(subject) {
    const local = recordOrEmpty(subject.tools.elevated);
    const inherited = recordOrEmpty(subject.inheritedTools.elevated);
    const localEnabled = booleanValue(local.enabled);
    const inheritedEnabled = booleanValue(inherited.enabled);
    // A global `enabled: false` cannot be re-enabled by an agent.
    const globallyDisabled = inheritedEnabled === false;
    const enabled = postureValue(subject, 'elevated/enabled', 'elevatedEnabled', {
        value: globallyDisabled ? false : (localEnabled ?? inheritedEnabled ?? true),
        explicit: localEnabled !== undefined || inheritedEnabled !== undefined,
        inherited: (globallyDisabled && localEnabled !== false) ||
            (localEnabled === undefined && inheritedEnabled !== undefined),
    });
    return [
        enabled,
        ...elevatedAllowFrom(subject, recordOrEmpty(local.allowFrom), recordOrEmpty(inherited.allowFrom)),
    ];
}
/** One entry per `allowFrom` provider of either layer, the agent's list replacing the inherited one. */
function elevatedAllowFrom(subject, local, inherited) {
    const providers = [...new Set([...Object.keys(inherited), ...Object.keys(local)])].toSorted(compareKeys);
    return providers.map((provider) => {
        const localEntries = senderIds(local[provider]);
        const inheritedEntries = senderIds(inherited[provider]);
        const usesInherited = localEntries.length === 0 && inheritedEntries.length > 0;
        const segment = ocSegment(provider);
        return listEntry(subject, `${subject.id}-elevated-allow-from-${segment}`, 'elevatedAllowFrom', `${usesInherited ? GLOBAL_TOOLS_SOURCE : subject.sourceBase}/elevated/allowFrom/${segment}`, usesInherited ? inheritedEntries : localEntries, localEntries.length > 0 || inheritedEntries.length > 0);
    });
}
/** `readStringOrNumberArray`: trimmed non-blank strings and finite numbers as text. */
function senderIds(value) {
    if (!Array.isArray(value))
        return [];
    const ids = [];
    for (const entry of value) {
        if (typeof entry === 'string' && entry.trim() !== '')
            ids.push(entry.trim());
        else if (typeof entry === 'number' && Number.isFinite(entry))
            ids.push(String(entry));
    }
    return ids;
}

;// CONCATENATED MODULE: ./lib/engine/families/tool-posture/findings.js
// The toolPosture findings of OpenClaw 2026.9.6 (`toolPostureFindings`, SPEC-2026.9 §10.2): the
// top-level `tools` rules over every entry, then each agent scope's rules over that agent's
// entries (or the global ones it inherits).










function toolPostureFindings({ policy, name, evidence }) {
    const entries = (evidence.toolPosture ?? []);
    return topLevelThenScopedFindings(policy, name, {
        path: ['tools'],
        shapeFinding: toolsPostureShapeFinding,
        requireValidScopes: true,
        scopeTargets: agentScopeTargets,
        entries,
        // §9.2: the agent's own entry of a kind, else the global one.
        scopedEntries: (target) => agentScopeEntries(entries, target.agentId, (entry) => entry.scope === 'global'),
        ruleFindings: toolRuleFindings,
    });
}
function toolRuleFindings(rules, location, entries) {
    return [
        ...findings_allowedValueFindings(rules, location, entries, PROFILE_RULE),
        ...requiredSettingFindings(rules, location, entries, WORKSPACE_ONLY_RULE),
        ...EXEC_RULES.flatMap((rule) => findings_allowedValueFindings(rules, location, entries, rule)),
        ...requiredSettingFindings(rules, location, entries, ELEVATED_RULE),
        ...alsoAllowFindings(rules, location, entries),
        ...requiredDenyFindings(rules, location, entries),
    ];
}
const findings_label = (entry) => ownerLabel(entry, 'global tools config');
function valueEntries(entries, kind) {
    return entries.filter((entry) => entry.kind === kind);
}
function listEntries(entries, kind) {
    return entries.filter((entry) => entry.kind === kind);
}
const PROFILE_RULE = {
    checkId: 'policy/tools-profile-unapproved',
    kind: 'profile',
    rule: ['profiles', 'allow'],
    message: (entryLabel, value) => `${entryLabel} uses unapproved tool profile '${value}'.`,
    fixHint: 'Use an approved tools.profile value or update policy after review.',
};
const execRule = (checkId, kind, key, setting) => ({
    checkId,
    kind,
    rule: ['exec', key],
    message: (entryLabel, value) => `${entryLabel} uses unapproved ${setting} '${value}'.`,
    fixHint: 'Adjust the configured tool posture or update policy after review.',
});
const EXEC_RULES = [
    execRule('policy/tools-exec-security-unapproved', 'execSecurity', 'allowSecurity', 'exec security'),
    execRule('policy/tools-exec-ask-unapproved', 'execAsk', 'requireAsk', 'exec ask'),
    execRule('policy/tools-exec-host-unapproved', 'execHost', 'allowHosts', 'exec host'),
];
function findings_allowedValueFindings(rules, location, entries, rule) {
    const allowed = new Set(lowercasedPolicyList(rules, rule.rule));
    if (allowed.size === 0)
        return [];
    return valueEntries(entries, rule.kind).flatMap((entry) => typeof entry.value === 'string' && !allowed.has(entry.value.toLowerCase())
        ? [
            policyEvidenceFinding(entry.source, {
                checkId: rule.checkId,
                message: rule.message(findings_label(entry), entry.value),
                requirement: requirementOf(location, rule.rule.join('/')),
                fixHint: rule.fixHint,
            }),
        ]
        : []);
}
const WORKSPACE_ONLY_RULE = {
    checkId: 'policy/tools-fs-workspace-only-required',
    kind: 'fsWorkspaceOnly',
    rule: ['fs', 'requireWorkspaceOnly'],
    required: true,
    message: (entryLabel) => `${entryLabel} does not require workspace-only filesystem tools.`,
    fixHint: 'Set tools.fs.workspaceOnly=true or update policy after review.',
};
const ELEVATED_RULE = {
    checkId: 'policy/tools-elevated-enabled',
    kind: 'elevatedEnabled',
    rule: ['elevated', 'allow'],
    required: false,
    message: (entryLabel) => `${entryLabel} permits elevated tool mode.`,
    fixHint: 'Set tools.elevated.enabled=false or update policy after review.',
};
function requiredSettingFindings(rules, location, entries, rule) {
    if (policyBoolean(rules, rule.rule) !== rule.required)
        return [];
    return valueEntries(entries, rule.kind)
        .filter((entry) => entry.value !== rule.required)
        .map((entry) => policyEvidenceFinding(entry.source, {
        checkId: rule.checkId,
        message: rule.message(findings_label(entry)),
        requirement: requirementOf(location, rule.rule.join('/')),
        fixHint: rule.fixHint,
    }));
}
/** Trimmed, lowercased, non-empty, in code-unit order (plain `toSorted()`), without repeats. */
function toolIdSet(ids) {
    return new Set(ids
        .map(trimmedLowercase)
        .filter((id) => id !== '')
        .toSorted());
}
function alsoAllowFindings(rules, location, entries) {
    if (!record_isRecord(rules.alsoAllow) || rules.alsoAllow.expected === undefined)
        return [];
    const expected = toolIdSet(lowercasedPolicyList(rules, ['alsoAllow', 'expected']));
    const requirement = requirementOf(location, 'alsoAllow/expected');
    return listEntries(entries, 'alsoAllow').flatMap((entry) => {
        const actual = toolIdSet(entry.entries);
        const missing = [...expected].filter((tool) => !actual.has(tool));
        const unexpected = [...actual].filter((tool) => !expected.has(tool));
        return [
            ...missing.map((tool) => policyEvidenceFinding(entry.source, {
                checkId: 'policy/tools-also-allow-missing',
                message: `${findings_label(entry)} is missing expected tools.alsoAllow entry '${tool}'.`,
                requirement,
                fixHint: 'Add the expected tools.alsoAllow entry or update policy after review.',
            })),
            ...unexpected.map((tool) => policyEvidenceFinding(entry.source, {
                checkId: 'policy/tools-also-allow-unexpected',
                message: `${findings_label(entry)} has unexpected tools.alsoAllow entry '${tool}'.`,
                requirement,
                fixHint: 'Remove the unexpected tools.alsoAllow entry or update policy after review.',
            })),
        ];
    });
}
function requiredDenyFindings(rules, location, entries) {
    const required = lowercasedPolicyList(rules, ['denyTools']);
    if (required.length === 0)
        return [];
    const requiredTools = [...new Set(required.flatMap((tool) => expandToolGroups([tool])))];
    return listEntries(entries, 'deny').flatMap((entry) => requiredTools
        .filter((tool) => !toolListDenies(entry.entries, tool))
        .map((tool) => policyEvidenceFinding(entry.source, {
        checkId: 'policy/tools-required-deny-missing',
        message: `${findings_label(entry)} does not deny required tool '${tool}'.`,
        requirement: requirementOf(location, 'denyTools'),
        fixHint: 'Add the tool or group to tools.deny/agents.entries.<id>.tools.deny, or update policy after review.',
    })));
}

;// CONCATENATED MODULE: ./lib/engine/families/tool-posture.js
// The toolPosture family of OpenClaw 2026.9.6 (SPEC-2026.9 §5.10, §7.5, §10.2): evidence in
// `tool-posture/evidence.ts`, findings in `tool-posture/findings.ts`.




const toolPostureFamily = {
    name: 'toolPosture',
    evidence: [collectedWhen('toolPosture', policyHasToolPostureRules, scanToolPosture)],
    findings: toolPostureFindings,
};

;// CONCATENATED MODULE: ./lib/engine/current/core-families.js
// Channels, MCP, models and network in OpenClaw 2026.9.6 (SPEC-2026.9 §5.2–§5.5): the same
// scanners and checks as 2026.5.20 with three release differences — strict channel deny-rule
// shapes (§6.3), provider ids without alias folding (§1), and model refs read from the loaded
// config instead of emulating the loader.









const MODEL_REFS = { normalizeProviderId: normalizeProviderIdPlain, emulateLoader: false };
/** The 2026.5.20 checks apply unchanged to an object policy; any other policy has no rules. */
function onObjectPolicy(check) {
    return (input) => (record_isRecord(input.policy) ? check({ ...input, policy: input.policy }) : []);
}
const currentChannelsFamily = {
    name: 'channels',
    evidence: [alwaysCollected('channels', ({ config }) => scanChannels(config))],
    // Invalid deny rules replace the channel findings; with none left invalid, every rule is usable
    // and the 2026.5.20 check reads them exactly as the release does.
    findings: (input) => {
        const invalid = channelDenyRuleShapeFindings(input.policy, input.name);
        if (invalid.length > 0)
            return invalid;
        return onObjectPolicy((objectInput) => channelsFamily.findings(objectInput))(input);
    },
};
const currentMcpFamily = {
    name: 'mcp',
    evidence: [alwaysCollected('mcpServers', ({ config }) => scanMcpServers(config))],
    findings: onObjectPolicy((input) => mcpFamily.findings(input)),
};
const currentModelsFamily = {
    name: 'models',
    evidence: [
        alwaysCollected('modelProviders', ({ config }) => scanModelProviders(config, normalizeProviderIdPlain)),
        alwaysCollected('modelRefs', ({ config }) => scanModelRefs(config, MODEL_REFS)),
    ],
    findings: onObjectPolicy(({ policy, name, evidence }) => modelProviderFindings(policy, name, evidence, normalizeProviderIdPlain)),
};
const currentNetworkFamily = {
    name: 'network',
    evidence: [alwaysCollected('network', ({ config }) => scanNetwork(config))],
    findings: onObjectPolicy((input) => networkFamily.findings(input)),
};

;// CONCATENATED MODULE: ./lib/engine/current/registry.js
// The rule families of OpenClaw 2026.9.6 and the two orders the release uses: evidence keys
// (SPEC-2026.9 §7) and findings blocks (§4 step 12) differ (routing, for one, is scanned late but
// judged early), so both are written out here. Adding a family means adding it to both lists.












const CURRENT_FAMILIES = [
    currentChannelsFamily,
    currentMcpFamily,
    currentModelsFamily,
    currentNetworkFamily,
    routingFamily,
    ingressFamily,
    gatewayFamily,
    agentWorkspaceFamily,
    toolPostureFamily,
    sandboxFamily,
    dataHandlingFamily,
    secretsFamily,
    execApprovalsFamily,
    toolMetadataFamily,
];
/** Evidence keys in the order the release prints them. */
const EVIDENCE_ORDER = [
    'channels',
    'mcpServers',
    'modelProviders',
    'modelRefs',
    'network',
    'ingress',
    'gatewayExposure',
    'agentWorkspace',
    'dataHandling',
    'toolPosture',
    'sandboxPosture',
    'secrets',
    'authProfiles',
    'execApprovals',
    'routing',
    'tools',
];
const SLICES_BY_KEY = new Map(CURRENT_FAMILIES.flatMap((family) => family.evidence.map((s) => [s.key, s])));
const EVIDENCE_SLICES = EVIDENCE_ORDER.map((key) => {
    const slice = SLICES_BY_KEY.get(key);
    if (slice === undefined)
        throw new Error(`no family collects evidence '${key}'`);
    return slice;
});
/** Findings blocks in the release's order (SPEC-2026.9 §4 step 12). */
const FINDINGS_BLOCKS = [
    ({ policy, name }) => policyContainerShapeFindings(policy, name),
    currentChannelsFamily.findings,
    currentMcpFamily.findings,
    currentModelsFamily.findings,
    currentNetworkFamily.findings,
    routingFamily.findings,
    ingressFamily.findings,
    gatewayFamily.findings,
    agentWorkspaceFamily.findings,
    toolPostureFamily.findings,
    sandboxFamily.findings,
    dataHandlingFamily.findings,
    secretsFamily.findings,
    execApprovalsFamily.findings,
    authMetadataRequirementBlock,
    toolMetadataFamily.findings,
];

;// CONCATENATED MODULE: ./lib/engine/current/evaluate-policy.js
// `evaluatePolicyUncached` of OpenClaw 2026.9.6 (SPEC-2026.9 §4), pure: the shells read the
// policy, AGENTS.md/TOOLS.md and the exec-approvals row beforehand (`currentInputNeeds`).







/** The display locator of the default state database's exec-approvals row (SPEC-2026.9 §3.1). */
const DEFAULT_EXEC_APPROVALS_LOCATOR = '~/.openclaw/state/openclaw.sqlite#exec_approvals_config';
/** What a shell must read for this policy before evaluating it. */
function currentInputNeeds(policy, settings) {
    if (!settings.enabled || policy.state !== 'parsed')
        return { toolDocuments: false, execApprovals: false };
    return {
        toolDocuments: requiredToolMetadata(policy.value).size > 0,
        execApprovals: policyHasExecApprovalsRules(policy.value),
    };
}
function evaluateCurrentPolicy(input) {
    const { name, settings, config } = input;
    const early = () => evaluate_policy_collectEvidence({ config, policy: undefined, execApprovalsRaw: undefined, agentsMarkdown: undefined }, 'early');
    if (!settings.enabled)
        return { ...attest(undefined, early(), [], []), enabled: false };
    const policy = input.policy;
    if (policy.state === 'missing') {
        const missing = finding({
            checkId: POLICY_MISSING,
            severity: 'warning',
            message: `${name.display} is missing for the enabled Policy plugin.`,
            path: name.display,
            fixHint: `Restore ${name.display} or add the policy artifact for this workspace.`,
        });
        return attest(undefined, early(), [missing], [missing]);
    }
    if (policy.state === 'unparseable') {
        const unparseable = finding({
            checkId: POLICY_INVALID,
            message: `${name.display} could not be parsed: ${policy.error}`,
            path: name.display,
            target: policyAddress(name.document),
            fixHint: `Fix ${name.display} so policy conformance checks can run.`,
        });
        return attest(undefined, early(), [unparseable], [unparseable]);
    }
    const policyHash = canonical_json_hashOf(policy.value);
    if (settings.expectedHash !== undefined && settings.expectedHash !== policyHash) {
        const mismatch = finding({
            checkId: POLICY_HASH_MISMATCH,
            message: `${name.display} does not match the configured policy hash.`,
            path: name.display,
            target: policyAddress(name.document),
            requirement: 'oc://openclaw.config/plugins/entries/policy/config/expectedHash',
            fixHint: 'Restore the approved policy artifact or update plugins.entries.policy.config.expectedHash after review.',
        });
        return attest(policyHash, early(), [mismatch], [mismatch]);
    }
    const needs = currentInputNeeds(policy, settings);
    const execApprovals = input.execApprovals;
    const source = {
        config,
        policy: policy.value,
        execApprovalsRaw: needs.execApprovals ? (execApprovals?.raw ?? null) : undefined,
        agentsMarkdown: needs.toolDocuments ? (input.agentsMarkdown ?? '') : undefined,
    };
    const evidence = evaluate_policy_collectEvidence(source, 'full');
    const findingsInput = {
        policy: policy.value,
        name,
        evidence,
        execApprovalsFile: needs.execApprovals && execApprovals !== undefined && execApprovals.raw !== null
            ? { raw: execApprovals.raw, displayName: execApprovals.locator }
            : undefined,
        execApprovalsLocator: execApprovals?.locator ?? DEFAULT_EXEC_APPROVALS_LOCATOR,
        legacyToolsFile: needs.toolDocuments && input.legacyToolsFile === true,
    };
    const policyFindings = FINDINGS_BLOCKS.flatMap((block) => block(findingsInput));
    const result = attest(policyHash, evidence, policyFindings, policyFindings);
    const expected = settings.expectedAttestationHash;
    if (hasValidationFinding(policyFindings) || expected === undefined || expected === result.attestationHash) {
        return result;
    }
    return { ...result, visibleFindings: [attestationMismatch(result.attestationHash)] };
}
/** Evidence in the release's key order; an early return collects only the early slices. */
function evaluate_policy_collectEvidence(source, when) {
    const evidence = {};
    for (const slice of EVIDENCE_SLICES) {
        if (when === 'early' ? slice.inEarlyReturns : slice.collectedFor(source))
            evidence[slice.key] = slice.collect(source);
    }
    return evidence;
}
function hasValidationFinding(findings) {
    return findings.some((f) => f.checkId === POLICY_INVALID || f.checkId === TOOLS_MD_MIGRATION_REQUIRED);
}

// EXTERNAL MODULE: ./node_modules/json5/lib/index.js
var lib = __nccwpck_require__(841);
;// CONCATENATED MODULE: ./lib/engine/current/policy-conformance-claims.js
// What a policy document claims, rule by rule (SPEC-2026.9 §12.3): `policy compare` holds every
// claim of the baseline against the candidate's claims of the same key. A claim is a rule's value
// at the top level (`global:<rule>`), or in a named scope for one selector value
// (`agentIds:<agent>:<rule>`, `channelIds:<channel>:<rule>`).





/** Selector kinds in the order scoped claims are collected. */
const SELECTORS = ['agentIds', 'channelIds'];
/** Top-level claims in metadata order, then scoped claims (each key once, §12.3). */
function policyRuleClaims(policy, document) {
    return [...topLevelClaims(policy, document), ...scopedClaims(policy, document)];
}
function topLevelClaims(policy, document) {
    const claims = [];
    for (const rule of POLICY_RULE_METADATA) {
        const value = valueAtPath(policy, rule.policyPath);
        if (value === undefined)
            continue;
        claims.push({
            key: `global:${ruleName(rule)}`,
            rule,
            value,
            target: `oc://${document}/${rule.policyPath.map(policySegment).join('/')}`,
            propertyPath: ruleName(rule),
        });
    }
    return claims;
}
/**
 * Per scope, per selector kind, per rule that kind may scope, one claim for each selector value.
 * A scope listing a value twice, or two scopes naming the same value, give one claim per key: the
 * first, replaced by each later one that is at least as strict as it.
 */
function scopedClaims(policy, document) {
    if (!record_isRecord(policy) || !record_isRecord(policy.scopes))
        return [];
    const byKey = new Map();
    for (const [scopeName, overlay] of Object.entries(policy.scopes)) {
        if (!record_isRecord(overlay))
            continue;
        for (const kind of SELECTORS) {
            const selectorValues = scopeSelectorValues(overlay[kind], kind);
            if (selectorValues.length === 0)
                continue;
            for (const rule of rulesScopableBy(kind)) {
                const value = scopedRuleValue(overlay, rule);
                if (value === undefined)
                    continue;
                const target = `oc://${document}/scopes/${[scopeName, ...rule.policyPath].map(policySegment).join('/')}`;
                for (const selectorValue of selectorValues) {
                    const claim = {
                        key: `${kind}:${selectorValue}:${ruleName(rule)}`,
                        rule,
                        value,
                        target,
                        propertyPath: `scopes.${scopeName}.${ruleName(rule)}`,
                        selector: { kind, value: selectorValue },
                    };
                    const previous = byKey.get(claim.key);
                    // Map.set keeps the key's first position: claims stay in first-seen order.
                    if (previous === undefined || isPolicyValueAtLeastAsStrict(rule, value, previous.value)) {
                        byKey.set(claim.key, claim);
                    }
                }
            }
        }
    }
    return [...byKey.values()];
}
/** A rule's value in a scope overlay: the overlay holds sections, as the top level does. */
function scopedRuleValue(overlay, rule) {
    return valueAtPath(overlay, rule.policyPath);
}
/**
 * The selector values a scope names, as compare reads them: non-blank strings only, agent ids
 * normalised, channel ids trimmed and lowercased; not de-duplicated.
 */
function scopeSelectorValues(value, kind) {
    if (!Array.isArray(value))
        return [];
    return value
        .filter((entry) => typeof entry === 'string' && entry.trim() !== '')
        .map((entry) => (kind === 'agentIds' ? normalizeAgentId(entry) : entry.trim().toLowerCase()));
}

;// CONCATENATED MODULE: ./lib/engine/current/policy-conformance-invalid.js
// Why `policy compare` refuses to compare two policies (SPEC-2026.9 §12.2): a document that does not
// have the policy shape, a scoped rule no valid selector reaches, or a claimed value that is not
// valid syntax for its rule. A half-read policy must never look "at least as strict".







/**
 * Baseline then candidate: container shape findings, scoped-selector problems, invalid claims,
 * each finding once per check id and target (the first wins, so two documents of the same name
 * share their findings).
 */
function invalidPolicyFindings(baseline, candidate) {
    return uniqueByTarget([
        ...shapeFindings(baseline),
        ...shapeFindings(candidate),
        ...scopeSelectorFindings(baseline),
        ...scopeSelectorFindings(candidate),
        ...invalidClaimFindings(baseline),
        ...invalidClaimFindings(candidate),
    ]);
}
/** `policy.jsonc could not be read: …` or `… could not be parsed: …`. */
function unreadablePolicyFinding(name, message) {
    const target = `oc://${name}`;
    return finding({
        checkId: CONFORMANCE_INVALID,
        message,
        path: name,
        target,
        requirement: target,
        fixHint: `Fix ${name} so it contains valid policy JSONC.`,
    });
}
function shapeFindings({ name, value }) {
    return policyContainerShapeFindings(value, { display: name, document: name }).map((shape) => {
        const target = shape.target ?? `oc://${name}`;
        return finding({
            checkId: CONFORMANCE_INVALID,
            message: shape.message,
            path: name,
            target,
            requirement: target,
            fixHint: shape.fixHint ?? `Fix ${name} so it uses the documented policy syntax.`,
        });
    });
}
/**
 * `scopes` and each scope must be objects, and a rule set in a scope needs a non-blank selector
 * of a kind that may scope it (rules no selector may scope never have one).
 */
function scopeSelectorFindings({ name, value }) {
    if (!record_isRecord(value) || value.scopes === undefined)
        return [];
    if (!record_isRecord(value.scopes)) {
        return [syntaxFinding(name, 'scopes', `oc://${name}/scopes`, `${name} scopes must be an object.`)];
    }
    const findings = [];
    for (const [scopeName, overlay] of Object.entries(value.scopes)) {
        const scopePath = `scopes.${scopeName}`;
        const scopeTarget = `oc://${name}/scopes/${policySegment(scopeName)}`;
        if (!record_isRecord(overlay)) {
            findings.push(syntaxFinding(name, scopePath, scopeTarget, `${name} ${scopePath} must be an object.`));
            continue;
        }
        for (const rule of POLICY_RULE_METADATA) {
            if (scopedRuleValue(overlay, rule) === undefined)
                continue;
            const selectors = rule.scopeSelectors ?? [];
            if (selectors.some((kind) => scopeSelectorValues(overlay[kind], kind).length > 0))
                continue;
            const propertyPath = `${scopePath}.${ruleName(rule)}`;
            findings.push(syntaxFinding(name, propertyPath, `${scopeTarget}/${rule.policyPath.map(policySegment).join('/')}`, `${name} ${propertyPath} needs a valid selector for policy conformance.`));
        }
    }
    return findings;
}
function invalidClaimFindings({ name, claims }) {
    return claims
        .filter((claim) => !policyRuleValueIsValid(claim.rule, claim.value))
        .map((claim) => syntaxFinding(name, claim.propertyPath, claim.target, `${name} ${claim.propertyPath} is not valid policy conformance syntax.`));
}
function syntaxFinding(name, propertyPath, target, message) {
    return finding({
        checkId: CONFORMANCE_INVALID,
        message,
        path: name,
        target,
        requirement: target,
        fixHint: `Fix ${propertyPath} so it uses the documented policy syntax.`,
    });
}
function uniqueByTarget(findings) {
    const seen = new Set();
    return findings.filter((found) => {
        const key = `${found.checkId}\n${found.target}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

;// CONCATENATED MODULE: ./lib/engine/current/policy-conformance.js
// `policy compare` of OpenClaw 2026.9.6 (SPEC-2026.9 §12), pure: is a candidate policy at least as
// strict as an authored baseline, claim by claim? The shell reads both files and hands in their
// text (or why it could not be read) under their basenames.






function comparePolicyDocuments(baseline, candidate) {
    const names = { baselinePath: baseline.name, policyPath: candidate.name };
    const read = [readPolicy(baseline), readPolicy(candidate)];
    const unreadable = read.flatMap((side) => ('problem' in side ? [side.problem] : []));
    if (unreadable.length > 0)
        return { ok: false, ...names, rulesChecked: 0, findings: unreadable };
    const [baselinePolicy, candidatePolicy] = read;
    const comparison = comparePolicyClaims(baselinePolicy, candidatePolicy);
    if ('invalid' in comparison)
        return { ok: false, ...names, rulesChecked: 0, findings: comparison.invalid };
    const findings = comparison.problems.map((problem) => problem.finding);
    return { ok: findings.length === 0, ...names, rulesChecked: comparison.rulesChecked, findings };
}
/** Two parsed policies, each under its basename, as `policy compare` reads them. */
function comparedPolicy(name, value) {
    return { name, value, claims: policyRuleClaims(value, name) };
}
/**
 * Every baseline claim against the candidate's (§12.3), in baseline claim order; or the findings
 * that make the two incomparable (§12.2). The pull-request gate reads the structured problems.
 */
function comparePolicyClaims(baselinePolicy, candidatePolicy) {
    const invalid = invalidPolicyFindings(baselinePolicy, candidatePolicy);
    if (invalid.length > 0)
        return { invalid };
    const problems = baselinePolicy.claims.flatMap((claim) => {
        const problem = claimProblem(claim, candidatePolicy.claims, candidatePolicy.name);
        return problem === undefined ? [] : [problem];
    });
    return { rulesChecked: baselinePolicy.claims.length, problems };
}
function readPolicy(input) {
    const { name } = input;
    if ('readError' in input) {
        return { problem: unreadablePolicyFinding(name, `${name} could not be read: ${input.readError}`) };
    }
    let value;
    try {
        value = lib.parse(input.text);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return { problem: unreadablePolicyFinding(name, `${name} could not be parsed: ${reason}`) };
    }
    return comparedPolicy(name, value);
}
/**
 * A baseline claim against the candidate's claims (§12.3). A top-level claim needs the same
 * top-level rule, at least as strict, and no weaker scoped override of it; a scoped claim is
 * satisfied by the same scoped key or, when there is none, by the top-level rule.
 */
function claimProblem(baseline, candidates, candidateName) {
    if (isNoOp(baseline))
        return undefined;
    const holds = (candidate) => isPolicyValueAtLeastAsStrict(baseline.rule, candidate.value, baseline.value);
    const sameRule = (candidate) => candidate.rule === baseline.rule;
    const exact = candidates.filter((candidate) => candidate.key === baseline.key);
    if (baseline.selector === undefined) {
        if (exact.length === 0)
            return missingFinding(baseline, candidateName);
        const weaker = exact.find((candidate) => !holds(candidate)) ??
            candidates.find((candidate) => candidate.selector !== undefined && sameRule(candidate) && !holds(candidate));
        return weaker === undefined ? undefined : weakerFinding(baseline, candidateName, weaker);
    }
    const relevant = exact.length > 0
        ? exact
        : candidates.filter((candidate) => candidate.selector === undefined && sameRule(candidate));
    const weaker = relevant.find((candidate) => !holds(candidate));
    if (relevant.some(holds) && (exact.length === 0 || weaker === undefined))
        return undefined;
    if (relevant.length === 0)
        return missingFinding(baseline, candidateName);
    return weakerFinding(baseline, candidateName, weaker ?? relevant[0]);
}
/** Baseline values that demand nothing: an empty list (allowlists only where `[]` disables), a flag not set. */
function isNoOp({ rule, value }) {
    const emptyList = Array.isArray(value) && value.length === 0;
    switch (rule.strictness) {
        case 'allowlist-subset':
            return rule.emptyList === 'disabled' && emptyList;
        case 'denylist-superset':
        case 'routing-probes':
            return emptyList;
        case 'requires-true':
            return value !== true;
        case 'requires-false':
            return value !== false;
        case 'exact-list':
        case 'ordered-string':
            return false;
    }
}
function missingFinding(baseline, candidateName) {
    const problem = finding({
        checkId: CONFORMANCE_MISSING,
        message: `${candidateName} is missing ${baseline.propertyPath}.`,
        path: candidateName,
        // The dotted path split at every dot, scope names included, and never quoted.
        target: `oc://${candidateName}/${baseline.propertyPath.replaceAll('.', '/')}`,
        requirement: baseline.target,
        fixHint: `Add an equally or more restrictive ${baseline.propertyPath} rule, or update the baseline policy after review.`,
    });
    return { kind: 'missing', baseline, finding: problem };
}
function weakerFinding(baseline, candidateName, candidate) {
    const problem = finding({
        checkId: CONFORMANCE_WEAKER,
        message: `${candidateName} ${baseline.propertyPath} is weaker than the baseline policy.`,
        path: candidateName,
        target: candidate.target,
        requirement: baseline.target,
        fixHint: `Use an equally or more restrictive ${baseline.propertyPath} value, or update the baseline policy after review.`,
    });
    return { kind: 'weaker', baseline, candidate, finding: problem };
}
/** The human output (stdout is a terminal, no `--json`), one string per line. */
function policyConformanceLines(report) {
    if (report.findings.length === 0) {
        return [
            `policy compare: no findings (${report.policyPath} is at least as strict as ${report.baselinePath}; ${report.rulesChecked} rule(s) checked)`,
        ];
    }
    return [
        `policy compare: ${report.findings.length} finding(s) (${report.rulesChecked} rule(s) checked)`,
        ...report.findings.map((f) => `  [${f.severity}] ${f.checkId} - ${f.message}`),
    ];
}

;// CONCATENATED MODULE: ./lib/engine/release-profile.js
// The OpenClaw releases policy-gate reproduces, and every way they differ (SPEC-2026.9 §1), in one
// place: shells pick a profile, the engine reads it. A family that exists in only one release is
// registered only in that release's evaluator.





const SUPPORTED_RELEASES = ['2026.9.6', '2026.5.20'];
/** What a new user runs: the current release. */
const DEFAULT_RELEASE = '2026.9.6';
const release_profile_RELEASE_2026_5_20 = {
    release: '2026.5.20',
    checksRun: CHECK_COUNT,
    toolsDocument: 'TOOLS.md',
    strictPolicyShape: false,
    fixRecommendations: false,
    loadedConfig: false,
    execApprovals: false,
    agentSelection: false,
    runtimeGate: { switchedOnBy: 'runtimeToolPolicy', postureDecisions: false },
    inputNeeds: (policy, settings) => ({
        toolDocuments: settings.enabled && needsToolsMarkdown(policy),
        execApprovals: false,
    }),
    evaluate: runPolicyCheck,
};
const RELEASE_2026_9_6 = {
    release: '2026.9.6',
    checksRun: CURRENT_CHECK_IDS.length,
    toolsDocument: 'AGENTS.md',
    strictPolicyShape: true,
    fixRecommendations: true,
    loadedConfig: true,
    execApprovals: true,
    agentSelection: true,
    runtimeGate: { switchedOnBy: 'policyPlugin', postureDecisions: true },
    policyCompare: { compare: comparePolicyDocuments, humanLines: policyConformanceLines },
    inputNeeds: currentInputNeeds,
    evaluate: evaluateCurrentPolicy,
};
const PROFILES = {
    '2026.5.20': release_profile_RELEASE_2026_5_20,
    '2026.9.6': RELEASE_2026_9_6,
};
/** The profile of a release named by a user (`--openclaw`, an action input), or why not. */
function releaseProfile(release) {
    const name = release ?? DEFAULT_RELEASE;
    if (SUPPORTED_RELEASES.includes(name))
        return PROFILES[name];
    return {
        unsupported: `unsupported OpenClaw release '${name}'; supported: ${SUPPORTED_RELEASES.join(', ')}.`,
    };
}
function profileOf(release) {
    return PROFILES[release];
}
/** The supported releases having a feature, for messages that point to them. */
function releasesWhere(has) {
    return SUPPORTED_RELEASES.filter((release) => has(PROFILES[release]));
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./lib/workspace/fs-ops.js
// The safe reader's logic is written once, as a generator that *describes* the file-system calls
// it needs; two small drivers perform them with `fs` (sync) or `fs/promises`-style callbacks
// (async). That keeps the sync and async readers bit-for-bit identical in behaviour instead of two
// hand-maintained copies drifting apart. Errors from a call are thrown back into the generator, so
// the logic uses ordinary try/catch.

// Typed helpers: the only place results are cast, each next to the op that produces them.
function* realpath(path) {
    return (yield { op: 'realpath', path });
}
function* lstat(path) {
    return (yield { op: 'lstat', path });
}
function* stat(path) {
    return (yield { op: 'stat', path });
}
function* readlink(path) {
    return (yield { op: 'readlink', path });
}
function* fs_ops_open(path, flags) {
    return (yield { op: 'open', path, flags });
}
function* fstat(fd) {
    return (yield { op: 'fstat', fd });
}
/** Reads into the whole buffer from the current file position; returns the byte count. */
function* read(fd, buffer) {
    return (yield { op: 'read', fd, buffer });
}
function* fs_ops_close(fd) {
    yield { op: 'close', fd };
}
function performSync(op) {
    switch (op.op) {
        case 'realpath':
            return fs.realpathSync.native(op.path);
        case 'lstat':
            return fs.lstatSync(op.path);
        case 'stat':
            return fs.statSync(op.path);
        case 'readlink':
            return fs.readlinkSync(op.path);
        case 'open':
            return fs.openSync(op.path, op.flags);
        case 'fstat':
            return fs.fstatSync(op.fd);
        case 'read':
            // position null: continue from the current offset, so a growing file is noticed.
            return fs.readSync(op.fd, op.buffer, 0, op.buffer.length, null);
        case 'close':
            return fs.closeSync(op.fd);
    }
}
function performAsync(op) {
    return new Promise((resolve, reject) => {
        const done = (error, value) => error ? reject(error) : resolve(value);
        switch (op.op) {
            case 'realpath':
                return external_node_fs_namespaceObject.realpath.native(op.path, done);
            case 'lstat':
                return external_node_fs_namespaceObject.lstat(op.path, done);
            case 'stat':
                return external_node_fs_namespaceObject.stat(op.path, done);
            case 'readlink':
                return external_node_fs_namespaceObject.readlink(op.path, done);
            case 'open':
                return external_node_fs_namespaceObject.open(op.path, op.flags, done);
            case 'fstat':
                return external_node_fs_namespaceObject.fstat(op.fd, done);
            case 'read':
                return external_node_fs_namespaceObject.read(op.fd, op.buffer, 0, op.buffer.length, null, done);
            case 'close':
                return external_node_fs_namespaceObject.close(op.fd, (error) => done(error));
        }
    });
}
/** Runs a program with blocking calls; `perform` is replaceable so tests can audit or fail calls. */
function fs_ops_runSync(program, perform = performSync) {
    let step = program.next();
    while (!step.done) {
        let value;
        try {
            value = perform(step.value);
        }
        catch (error) {
            step = program.throw(error);
            continue;
        }
        step = program.next(value);
    }
    return step.value;
}
async function runAsync(program, perform = performAsync) {
    let step = program.next();
    while (!step.done) {
        let value;
        try {
            value = await perform(step.value);
        }
        catch (error) {
            step = program.throw(error);
            continue;
        }
        step = program.next(value);
    }
    return step.value;
}

;// CONCATENATED MODULE: ./lib/workspace/confined-path.js


// Linux's own limit (MAXSYMLINKS); also what stops a link cycle.
const MAX_SYMLINK_HOPS = 40;
const separators = process.platform === 'win32' ? /[\\/]+/ : /\/+/;
function components(relative, origin) {
    return relative
        .split(separators)
        .filter((name) => name !== '' && name !== '.')
        .map((name) => ({ name, origin }));
}
/** `child` relative to `root` when it lies inside it (lexically), else undefined. */
function relativeInside(root, child) {
    const relative = external_node_path_namespaceObject.relative(root, child);
    if (relative === '')
        return '';
    if (relative === '..' || relative.startsWith(`..${external_node_path_namespaceObject.sep}`) || external_node_path_namespaceObject.isAbsolute(relative)) {
        return undefined;
    }
    return relative;
}
function isMissingError(error) {
    const code = error?.code;
    return code === 'ENOENT' || code === 'ENOTDIR';
}
/**
 * @param realRoot the workspace root after realpath (trusted: the caller chose it)
 * @param lexicalRoot the workspace root as given, absolute; absolute link targets under it are
 *   mapped onto `realRoot` (e.g. `/tmp/ws` vs `/private/tmp/ws` on macOS)
 * @param relative the path to resolve, relative to the root
 * @param display how the requested path is named in reasons
 */
function* resolveInsideWorkspace(realRoot, lexicalRoot, relative, display) {
    const requested = external_node_path_namespaceObject.normalize(relative);
    const pending = components(relative, undefined);
    let current = realRoot;
    let hops = 0;
    const leaving = (origin) => {
        if (!origin)
            return { kind: 'refused', reason: `${display} points outside the workspace` };
        const linkName = external_node_path_namespaceObject.relative(realRoot, origin.linkPath);
        const how = linkName === requested
            ? `${display} is a symbolic link that leads outside the workspace`
            : `${display} is reached through the symbolic link ${linkName}, which leads outside the workspace`;
        return { kind: 'refused', reason: `${how} (to ${origin.target})` };
    };
    for (let next = pending.shift(); next; next = pending.shift()) {
        if (next.name === '..') {
            if (current === realRoot)
                return leaving(next.origin);
            current = external_node_path_namespaceObject.dirname(current);
            continue;
        }
        const candidate = external_node_path_namespaceObject.join(current, next.name);
        let stats;
        try {
            stats = yield* lstat(candidate);
        }
        catch (error) {
            if (isMissingError(error))
                return { kind: 'missing' };
            throw error;
        }
        if (!stats.isSymbolicLink()) {
            // Walking on below a file is what the kernel reports as ENOTDIR: missing, like readFile.
            if (pending.length > 0 && !stats.isDirectory())
                return { kind: 'missing' };
            current = candidate;
            continue;
        }
        hops += 1;
        if (hops > MAX_SYMLINK_HOPS) {
            return { kind: 'refused', reason: `${display} has too many levels of symbolic links` };
        }
        const target = yield* readlink(candidate);
        const origin = { linkPath: candidate, target: external_node_path_namespaceObject.resolve(current, target) };
        if (external_node_path_namespaceObject.isAbsolute(target)) {
            // A literal prefix test, then a physical walk of the rest: `..` after a linked directory
            // means that directory's real parent, so normalising the target here would be wrong.
            const root = [realRoot, lexicalRoot].find((candidateRoot) => startsWithRoot(target, candidateRoot));
            if (root === undefined)
                return leaving(origin);
            current = realRoot;
            pending.unshift(...components(target.slice(root.length), origin));
        }
        else {
            pending.unshift(...components(target, origin));
        }
    }
    // The final component was lstat'ed above unless the path ended in `..`/was empty; one more
    // lstat keeps the stats and the resolved path in step in every case.
    try {
        return { kind: 'resolved', realPath: current, stats: yield* lstat(current) };
    }
    catch (error) {
        if (isMissingError(error))
            return { kind: 'missing' };
        throw error;
    }
}
/** True when `target` literally begins with the root directory `root` (no `..` tricks). */
function startsWithRoot(target, root) {
    if (target === root)
        return true;
    const withSeparator = root.endsWith(external_node_path_namespaceObject.sep) ? root : root + external_node_path_namespaceObject.sep;
    return target.startsWith(withSeparator);
}

;// CONCATENATED MODULE: ./lib/workspace/safe-read.js
// The engine's only way to read a workspace file. Workspace content comes from pull requests, so
// every read is confined to the workspace (symbolic links included), limited in size, and never
// opens anything that is not a regular file (a FIFO would block forever, a device could be
// endless). The text is decoded exactly like `fs.readFile(p, 'utf8')`, which is what OpenClaw
// hashes and parses: invalid UTF-8 becomes U+FFFD and a byte-order mark stays in the string.




const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
/**
 * Reads `filePath` (relative to `workspaceRoot`, or absolute) as UTF-8 text.
 * `path` in the result is the absolute path as requested (before following links).
 * Never rejects for anything found on disk; only a bad `maxBytes` is a programming error.
 */
function readWorkspaceFile(workspaceRoot, filePath, options = {}) {
    return runAsync(readWorkspaceFileSteps(workspaceRoot, filePath, options));
}
/** The same as {@link readWorkspaceFile}, blocking. */
function readWorkspaceFileSync(workspaceRoot, filePath, options = {}) {
    return runSync(readWorkspaceFileSteps(workspaceRoot, filePath, options));
}
// Read sizes: big enough that a typical policy is one call, small enough that a file which grows
// while we read cannot make us allocate much past the limit.
const CHUNK_BYTES = 1024 * 1024;
const OPEN_FLAGS = external_node_fs_namespaceObject.constants.O_RDONLY | (external_node_fs_namespaceObject.constants.O_NONBLOCK ?? 0);
// Inside the workspace every link was already followed by hand, so a link appearing now means the
// tree changed under us: refuse it instead of following it.
const OPEN_FLAGS_NO_FOLLOW = OPEN_FLAGS | (external_node_fs_namespaceObject.constants.O_NOFOLLOW ?? 0);
/**
 * The reader as a program of file-system steps (see fs-ops.ts). Exported so tests can run it with
 * an auditing driver and prove which paths are, and are not, touched.
 */
function* readWorkspaceFileSteps(workspaceRoot, filePath, options = {}) {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    if (!Number.isSafeInteger(maxBytes) || maxBytes < 0) {
        throw new RangeError(`maxBytes must be a non-negative integer, got ${String(options.maxBytes)}`);
    }
    const lexicalRoot = external_node_path_namespaceObject.resolve(workspaceRoot);
    const requestedPath = external_node_path_namespaceObject.resolve(lexicalRoot, filePath);
    const display = filePath;
    const unreadable = (reason) => ({
        kind: 'unreadable',
        path: requestedPath,
        reason,
    });
    try {
        if (filePath.includes('\0') || workspaceRoot.includes('\0')) {
            return unreadable(`${JSON.stringify(display)} is not a valid path (it contains a NUL character)`);
        }
        const realRoot = yield* realRootOrUndefined(lexicalRoot);
        let insidePath = filePath;
        if (external_node_path_namespaceObject.isAbsolute(filePath)) {
            insidePath =
                relativeInside(lexicalRoot, filePath) ??
                    (realRoot === undefined ? undefined : relativeInside(realRoot, filePath));
        }
        if (insidePath === undefined) {
            if (options.confineAbsolute)
                return unreadable(`${display} is outside the workspace`);
            // A trusted absolute path: links are followed, but the rest of the rules still hold.
            const stats = yield* stat(filePath);
            const refusal = refusalFor(stats, display, maxBytes);
            if (refusal)
                return unreadable(refusal);
            return yield* readOpened(yield* fs_ops_open(filePath, OPEN_FLAGS), stats, display, maxBytes, requestedPath);
        }
        if (realRoot === undefined)
            return { kind: 'missing', path: requestedPath };
        const resolution = yield* resolveInsideWorkspace(realRoot, lexicalRoot, insidePath, display);
        if (resolution.kind === 'missing')
            return { kind: 'missing', path: requestedPath };
        if (resolution.kind === 'refused')
            return unreadable(resolution.reason);
        const refusal = refusalFor(resolution.stats, display, maxBytes);
        if (refusal)
            return unreadable(refusal);
        const fd = yield* fs_ops_open(resolution.realPath, OPEN_FLAGS_NO_FOLLOW);
        return yield* readOpened(fd, resolution.stats, display, maxBytes, requestedPath);
    }
    catch (error) {
        const code = error?.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return { kind: 'missing', path: requestedPath };
        return unreadable(describeReadError(error, display));
    }
}
/** A missing workspace root makes every file in it missing, as `fs.readFile` would. */
function* realRootOrUndefined(lexicalRoot) {
    try {
        return yield* realpath(lexicalRoot);
    }
    catch (error) {
        const code = error?.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        throw error;
    }
}
/** Why a file must not be opened at all, or undefined when it may be. */
function refusalFor(stats, display, maxBytes) {
    if (stats.isDirectory())
        return `${display} is a directory, not a file`;
    if (stats.isFIFO())
        return `${display} is a named pipe (FIFO), not a regular file`;
    if (stats.isCharacterDevice() || stats.isBlockDevice())
        return `${display} is a device, not a regular file`;
    if (stats.isSocket())
        return `${display} is a socket, not a regular file`;
    if (!stats.isFile())
        return `${display} is not a regular file`;
    if (stats.size > maxBytes)
        return overLimit(display, stats.size, maxBytes);
    return undefined;
}
function overLimit(display, size, maxBytes) {
    return `${display} is ${size} bytes, over the ${maxBytes}-byte limit`;
}
function* readOpened(fd, checked, display, maxBytes, requestedPath) {
    const unreadable = (reason) => ({
        kind: 'unreadable',
        path: requestedPath,
        reason,
    });
    try {
        const opened = yield* fstat(fd);
        if (!opened.isFile() || opened.dev !== checked.dev || opened.ino !== checked.ino) {
            return unreadable(`${display} changed while it was being read`);
        }
        if (opened.size > maxBytes)
            return unreadable(overLimit(display, opened.size, maxBytes));
        // Read until end of file, but never more than one byte past the limit: a file that keeps
        // growing (or lies about its size) is refused rather than read without bound.
        const chunks = [];
        let total = 0;
        for (;;) {
            const room = maxBytes + 1 - total;
            const want = Math.min(Math.max(opened.size - total, 1), CHUNK_BYTES, room);
            const buffer = Buffer.allocUnsafe(want);
            const count = yield* read(fd, buffer);
            if (count === 0)
                break;
            chunks.push(buffer.subarray(0, count));
            total += count;
            if (total > maxBytes) {
                return unreadable(`${display} grew past the ${maxBytes}-byte limit while it was being read`);
            }
        }
        const bytes = Buffer.concat(chunks, total);
        // Buffer#toString('utf8') is the decoder fs.readFile(p, 'utf8') uses: same U+FFFD, BOM kept.
        return { kind: 'text', path: requestedPath, text: bytes.toString('utf8'), bytes: total };
    }
    finally {
        yield* fs_ops_close(fd);
    }
}
function describeReadError(error, display) {
    const errno = error;
    switch (errno?.code) {
        case 'EACCES':
        case 'EPERM':
            return `${display} cannot be read: permission denied (${errno.code})`;
        case 'ELOOP':
            return `${display} has too many levels of symbolic links`;
        case 'EISDIR':
            return `${display} is a directory, not a file`;
        case 'ENAMETOOLONG':
            return `${display} cannot be read: the path is too long`;
        default:
            return `${display} cannot be read: ${error instanceof Error ? error.message : String(error)}`;
    }
}

;// CONCATENATED MODULE: ./lib/workspace/workspace-reader.js


function diskReader(root) {
    const absoluteRoot = external_node_path_namespaceObject.resolve(root);
    return {
        describe: absoluteRoot,
        read: (filePath, options) => readWorkspaceFile(absoluteRoot, filePath, options),
        displayPath(filePath) {
            const relative = external_node_path_namespaceObject.relative(absoluteRoot, external_node_path_namespaceObject.resolve(absoluteRoot, filePath));
            return relative.startsWith('..') || external_node_path_namespaceObject.isAbsolute(relative)
                ? filePath
                : relative.split(external_node_path_namespaceObject.sep).join('/');
        },
    };
}
/**
 * Files already fetched (e.g. through the API at a commit), keyed by workspace-relative path.
 * `fetchMissing` is asked for any path not fetched up front (a policy path the config names).
 */
function memoryReader(describe, files, fetchMissing) {
    const cache = new Map(files);
    return {
        describe,
        async read(filePath) {
            const key = normalizeRelative(filePath);
            if (key === undefined)
                return { kind: 'unreadable', path: filePath, reason: `${filePath} is outside the workspace.` };
            const known = cache.get(key);
            if (known !== undefined)
                return known;
            const fetched = fetchMissing ? await fetchMissing(key) : { kind: 'missing', path: key };
            cache.set(key, fetched);
            return fetched;
        },
        displayPath: (filePath) => normalizeRelative(filePath) ?? filePath,
    };
}
/** A clean workspace-relative POSIX path, or undefined for absolute paths and `..` escapes. */
function normalizeRelative(filePath) {
    if (filePath.includes('\0') || path.posix.isAbsolute(filePath) || /^[A-Za-z]:[\\/]/.test(filePath))
        return undefined;
    const normalized = path.posix.normalize(filePath.replaceAll('\\', '/'));
    if (normalized === '..' || normalized.startsWith('../'))
        return undefined;
    return normalized === '.' ? undefined : normalized.replace(/^\.\//, '');
}

;// CONCATENATED MODULE: ./lib/gate/attestation-file.js




/**
 * Trusts an attestation file only when its hashes re-derive from its own content: the evidence
 * hashes to `workspace.hash`, the findings to `findingsHash`, and the four parts to
 * `attestationHash`. A hand-edited file (say, a finding deleted) therefore never verifies.
 */
function verifyAttestationFile(value, path) {
    const corrupt = (why) => ({ state: 'corrupt', reason: `${path} ${why}` });
    if (!record_isRecord(value))
        return corrupt('is not a policy check --json report (not an object).');
    const { attestation, evidence, findings, ok } = value;
    if (typeof ok !== 'boolean' || !record_isRecord(attestation) || !record_isRecord(evidence) || !Array.isArray(findings)) {
        return corrupt('is not a policy check --json report (needs ok, attestation, evidence and findings).');
    }
    const recorded = recordedHashes(attestation);
    if (typeof recorded === 'string')
        return corrupt(recorded);
    const { workspaceHash, policyHash, findingsHash, attestationHash } = recorded;
    if (!findings.every(isFindingShaped))
        return corrupt('has findings that are not policy findings.');
    if (findings.some((f) => f.checkId === findings_ATTESTATION_HASH_MISMATCH)) {
        return corrupt('was written while an expectedAttestationHash lock did not match, so its findings are not the attested ones. Regenerate it with `policy-gate accept`.');
    }
    if (canonical_json_hashOf(evidence) !== workspaceHash)
        return corrupt(`does not verify: its evidence hashes to ${canonical_json_hashOf(evidence)}, not ${workspaceHash}.`);
    const derivedFindings = canonical_json_hashOf(findings.map(attestedShape));
    if (derivedFindings !== findingsHash) {
        return corrupt(`does not verify: its findings hash to ${derivedFindings}, not ${findingsHash} (was it written with --severity-min, or edited?).`);
    }
    const derived = check_attestationHashOf({ ok: findings.length === 0, policyHash, workspaceHash, findingsHash });
    if (derived !== attestationHash)
        return corrupt(`does not verify: its parts hash to ${derived}, not ${attestationHash}.`);
    return { state: 'verified', report: value, attestationHash };
}
function isFindingShaped(value) {
    return (record_isRecord(value) &&
        typeof value.checkId === 'string' &&
        typeof value.message === 'string' &&
        typeof value.severity === 'string');
}
/**
 * What `diff` can check of a saved `check --json` report: a report without an attestation
 * (config-invalid) has nothing to verify; one written while an expectedAttestationHash lock did
 * not match shows other findings than it attests, so only its evidence and the attestation's
 * own parts are checked; any other report must verify completely. Returns the problem, if any.
 */
function reportVerificationProblem(value, path) {
    if (!isRecord(value) || value.attestation === undefined)
        return undefined;
    const findings = Array.isArray(value.findings) ? value.findings : [];
    const locked = findings.some((f) => isRecord(f) && f.checkId === ATTESTATION_HASH_MISMATCH);
    if (!locked) {
        const state = verifyAttestationFile(value, path);
        return state.state === 'corrupt' ? state.reason : undefined;
    }
    const recorded = recordedHashes(isRecord(value.attestation) ? value.attestation : {});
    if (typeof recorded === 'string')
        return `${path} ${recorded}`;
    const { workspaceHash, policyHash, findingsHash, attestationHash } = recorded;
    if (hashOf(value.evidence) !== workspaceHash)
        return `${path} does not verify: its evidence hashes to ${hashOf(value.evidence)}, not ${workspaceHash}.`;
    // The attested findings are not in the file, but whether there were any is: H([]) or not.
    const ok = findingsHash === hashOf([]);
    const derived = attestationHashOf({ ok, policyHash, workspaceHash, findingsHash });
    return derived === attestationHash
        ? undefined
        : `${path} does not verify: its parts hash to ${derived}, not ${attestationHash}.`;
}
/** The hashes an attestation records, or what is wrong with them. */
function recordedHashes(attestation) {
    const workspaceHash = record_isRecord(attestation.workspace) ? attestation.workspace.hash : undefined;
    const policyHash = record_isRecord(attestation.policy) ? attestation.policy.hash : undefined;
    const { findingsHash, attestationHash } = attestation;
    if (typeof workspaceHash !== 'string' ||
        typeof findingsHash !== 'string' ||
        typeof attestationHash !== 'string') {
        return 'has no workspace hash, findings hash or attestation hash.';
    }
    if (policyHash !== undefined && typeof policyHash !== 'string')
        return 'has a policy hash that is not a string.';
    return { workspaceHash, policyHash, findingsHash, attestationHash };
}

;// CONCATENATED MODULE: ./lib/runtime/accepted-attestation.js

/** Pure: the accepted attestation from the file's read result. */
function acceptedAttestationFrom(read, displayPath) {
    const invalid = (reason) => ({ state: 'invalid', path: displayPath, reason });
    if (read.kind === 'missing')
        return invalid(`${displayPath} does not exist: write it with \`policy-gate accept\`.`);
    if (read.kind === 'unreadable')
        return invalid(read.reason);
    let value;
    try {
        value = JSON.parse(read.text);
    }
    catch (error) {
        return invalid(`${displayPath} is not JSON (${error instanceof Error ? error.message : String(error)}).`);
    }
    const verified = verifyAttestationFile(value, displayPath);
    if (verified.state === 'verified')
        return { state: 'verified', path: displayPath, hash: verified.attestationHash };
    if (verified.state === 'corrupt')
        return invalid(verified.reason);
    return invalid(`${displayPath} does not exist.`);
}

;// CONCATENATED MODULE: ./lib/engine/plugin-settings.js

const DEFAULT_POLICY_PATH = 'policy.jsonc';
function pluginSettings(config) {
    const entry = valueAtPath(config, ['plugins', 'entries', 'policy']);
    const settings = record_isRecord(entry) && record_isRecord(entry.config) ? entry.config : {};
    const disabled = settings.enabled === false;
    return {
        enabled: !disabled,
        policyPath: nonBlank(settings.path)?.trim(),
        expectedHash: nonBlank(settings.expectedHash),
        expectedAttestationHash: nonBlank(settings.expectedAttestationHash),
    };
}
/** Hash locks and paths count only when set to a string that is not blank after trimming. */
function nonBlank(value) {
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
/** Display name: the configured path when relative, its basename when absolute. */
function policyDisplayName(configuredPath) {
    return isAbsolutePath(configuredPath) ? baseName(configuredPath) : configuredPath;
}
/** The `oc://` document name: the basename of the display name. */
function policyDocumentName(display) {
    return baseName(display);
}
function isAbsolutePath(path) {
    return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');
}
function baseName(path) {
    const parts = path.split(/[\\/]/);
    return parts[parts.length - 1] ?? path;
}

;// CONCATENATED MODULE: ./lib/workspace/input-error.js
/**
 * Input the tool refuses to evaluate (unreadable, oversized, escaping the workspace, ambiguous).
 * The CLI turns it into exit code 2 with `message` as its one line on stderr; the gate into the
 * `error` verdict. The message names the file and says what to do.
 */
class InputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'InputError';
    }
}

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __nccwpck_require__(547);
;// CONCATENATED MODULE: ./lib/workspace/json5-lexer.js
// The few pieces of JSON5's lexical grammar that our own scanners need (nesting-depth guard and
// key positions). They mirror json5 2.2.3's lexer (lib/parse.js): the same whitespace set, the
// same comment forms, strings in either quote that end at an unescaped line break, and the same
// escape sequences.
const SPACE_SEPARATOR = /\p{Zs}/u;
/** JSON5 WhiteSpace and LineTerminator, for one UTF-16 code unit. */
function isJson5Whitespace(char) {
    switch (char) {
        case '\t':
        case '\v':
        case '\f':
        case ' ':
        case '\u00A0':
        case '\uFEFF':
        case '\n':
        case '\r':
        case '\u2028':
        case '\u2029':
            return true;
        default:
            return char.charCodeAt(0) > 0x7f && SPACE_SEPARATOR.test(char);
    }
}
function isCommentEnd(char) {
    return char === '\n' || char === '\r' || char === '\u2028' || char === '\u2029';
}
/**
 * `text[start]` is `/`. Returns the index just after the comment (end of text when it is never
 * closed), or undefined when the slash does not start a comment.
 */
function skipComment(text, start) {
    const kind = text[start + 1];
    if (kind === '/') {
        let index = start + 2;
        while (index < text.length && !isCommentEnd(text[index]))
            index += 1;
        return index;
    }
    if (kind === '*') {
        const close = text.indexOf('*/', start + 2);
        return close === -1 ? text.length : close + 2;
    }
    return undefined;
}
/**
 * `text[start]` is a quote. Returns the index just after the closing quote; for an unterminated
 * string, the index of the line break (or end of text) where json5 would report the error.
 */
function skipString(text, start) {
    const quote = text[start];
    let index = start + 1;
    while (index < text.length) {
        const char = text[index];
        if (char === quote)
            return index + 1;
        if (char === '\\') {
            // An escaped CRLF is one line continuation; stepping over only the CR would leave the LF
            // looking like an unescaped line break.
            index += text[index + 1] === '\r' && text[index + 2] === '\n' ? 3 : 2;
            continue;
        }
        if (char === '\n' || char === '\r')
            return index;
        index += 1;
    }
    return text.length;
}
const SIMPLE_ESCAPES = {
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
    '0': '\0',
};
/** The value of a JSON5 string literal's body (between the quotes), as json5 decodes it. */
function decodeStringBody(body) {
    if (!body.includes('\\'))
        return body;
    let decoded = '';
    for (let index = 0; index < body.length; index += 1) {
        const char = body[index];
        if (char !== '\\') {
            decoded += char;
            continue;
        }
        index += 1;
        const escape = body[index] ?? '';
        const simple = SIMPLE_ESCAPES[escape];
        if (simple !== undefined) {
            decoded += simple;
        }
        else if (escape === 'x' || escape === 'u') {
            const length = escape === 'x' ? 2 : 4;
            decoded += String.fromCharCode(parseInt(body.slice(index + 1, index + 1 + length), 16));
            index += length;
        }
        else if (escape === '\r') {
            if (body[index + 1] === '\n')
                index += 1;
        }
        else if (escape !== '\n' && escape !== '\u2028' && escape !== '\u2029') {
            decoded += escape;
        }
    }
    return decoded;
}
/** The name an unquoted JSON5 key stands for (identifiers may contain `\uXXXX` escapes). */
function decodeIdentifier(identifier) {
    return identifier.replace(/\\u([0-9a-fA-F]{4})/g, (_escape, hex) => String.fromCharCode(parseInt(hex, 16)));
}

;// CONCATENATED MODULE: ./lib/workspace/position-tree.js
/** Thrown by the outline builders when the text is not what they expect. */
class OutlineError extends Error {
}
function outlineFromJsonc(node) {
    switch (node.type) {
        case 'object':
            return {
                kind: 'object',
                offset: node.offset,
                properties: (node.children ?? []).map((property) => {
                    const [key, value] = property.children ?? [];
                    if (key?.type !== 'string' || typeof key.value !== 'string' || !value) {
                        throw new OutlineError('incomplete property');
                    }
                    return { key: key.value, offset: key.offset, value: outlineFromJsonc(value) };
                }),
            };
        case 'array':
            return { kind: 'array', offset: node.offset, items: (node.children ?? []).map(outlineFromJsonc) };
        case 'property':
            throw new OutlineError('property outside an object');
        default:
            return { kind: 'scalar', offset: node.offset };
    }
}
/**
 * The property a key selects: the *last* one with that name, because JSON5 keeps the last value
 * of a duplicated key and a position must point at what actually took effect.
 */
function lastProperty(properties, key) {
    for (let index = properties.length - 1; index >= 0; index -= 1) {
        const property = properties[index];
        if (property.key === key)
            return property;
    }
    return undefined;
}
/**
 * Follows `path` as far as it exists and returns the offset of the deepest node reached (a
 * property's key, an array element's value, the root value for the empty path) and how many
 * segments matched.
 */
function deepestOffset(root, path) {
    let node = root;
    let offset = root.offset;
    let matched = 0;
    for (const segment of path) {
        // Strings name keys and numbers index arrays, nothing else: `#0` (an array index) must not
        // silently land on a key written "0".
        if (node.kind === 'object' && typeof segment === 'string') {
            const property = lastProperty(node.properties, segment);
            if (!property)
                break;
            offset = property.offset;
            node = property.value;
        }
        else if (node.kind === 'array' && typeof segment === 'number') {
            const item = node.items[segment];
            if (!item)
                break;
            offset = item.offset;
            node = item;
        }
        else {
            break;
        }
        matched += 1;
    }
    return { offset, matched };
}
function materialise(link) {
    const path = [];
    for (let at = link; at; at = at.parent)
        path.push(at.segment);
    return path.reverse();
}
/** Every repeated key, in document order, with the offset of the repeat and of the first one. */
function findDuplicateKeys(root) {
    const duplicates = [];
    const pending = [{ node: root, path: undefined }];
    for (let next = pending.pop(); next; next = pending.pop()) {
        const { node, path } = next;
        if (node.kind === 'array') {
            node.items.forEach((item, index) => pending.push({ node: item, path: { segment: index, parent: path } }));
        }
        else if (node.kind === 'object') {
            const firstOffsets = new Map();
            for (const property of node.properties) {
                const firstOffset = firstOffsets.get(property.key);
                if (firstOffset === undefined)
                    firstOffsets.set(property.key, property.offset);
                else
                    duplicates.push({
                        path: materialise(path),
                        key: property.key,
                        offset: property.offset,
                        firstOffset,
                    });
                pending.push({ node: property.value, path: { segment: property.key, parent: path } });
            }
        }
    }
    return duplicates.sort((left, right) => left.offset - right.offset);
}

;// CONCATENATED MODULE: ./lib/workspace/json5-outline.js
// Key and value positions for JSON5 that jsonc-parser cannot read (unquoted keys, single quotes,
// hex, `+1`, `Infinity`, escapes such as `\x41`). It only ever runs on text json5 has already
// accepted, so it can be small: it tracks structure and keys and steps over scalars without
// interpreting them. Anything unexpected throws OutlineError and the caller gives up on positions.


function outlineJson5(text, maxDepth) {
    let offset = 0;
    const skipTrivia = () => {
        while (offset < text.length) {
            const char = text[offset];
            if (isJson5Whitespace(char)) {
                offset += 1;
            }
            else if (char === '/') {
                const end = skipComment(text, offset);
                if (end === undefined)
                    throw new OutlineError(`unexpected / at ${offset}`);
                offset = end;
            }
            else {
                return;
            }
        }
    };
    const expect = (char) => {
        skipTrivia();
        if (text[offset] !== char)
            throw new OutlineError(`expected ${char} at ${offset}`);
        offset += 1;
    };
    // Where an unquoted token (a number, literal or identifier key) ends.
    const isTokenEnd = (char) => char === ',' || char === ':' || char === ']' || char === '}' || char === '/' || isJson5Whitespace(char);
    const readKey = () => {
        const char = text[offset];
        if (char === '"' || char === "'") {
            const start = offset;
            offset = skipString(text, offset);
            if (text[offset - 1] !== char || offset - start < 2)
                throw new OutlineError(`bad key at ${start}`);
            return decodeStringBody(text.slice(start + 1, offset - 1));
        }
        const start = offset;
        while (offset < text.length && !isTokenEnd(text[offset]))
            offset += 1;
        if (offset === start)
            throw new OutlineError(`missing key at ${start}`);
        return decodeIdentifier(text.slice(start, offset));
    };
    const readValue = (depth) => {
        if (depth > maxDepth)
            throw new OutlineError('too deep');
        skipTrivia();
        const start = offset;
        const char = text[offset];
        if (char === '{') {
            offset += 1;
            const properties = [];
            for (skipTrivia(); text[offset] !== '}'; skipTrivia()) {
                const keyOffset = offset;
                const key = readKey();
                expect(':');
                properties.push({ key, offset: keyOffset, value: readValue(depth + 1) });
                skipTrivia();
                if (text[offset] === ',')
                    offset += 1;
                else if (text[offset] !== '}')
                    throw new OutlineError(`expected , or } at ${offset}`);
            }
            offset += 1;
            return { kind: 'object', offset: start, properties };
        }
        if (char === '[') {
            offset += 1;
            const items = [];
            for (skipTrivia(); text[offset] !== ']'; skipTrivia()) {
                items.push(readValue(depth + 1));
                skipTrivia();
                if (text[offset] === ',')
                    offset += 1;
                else if (text[offset] !== ']')
                    throw new OutlineError(`expected , or ] at ${offset}`);
            }
            offset += 1;
            return { kind: 'array', offset: start, items };
        }
        if (char === '"' || char === "'") {
            offset = skipString(text, offset);
        }
        else {
            while (offset < text.length && !isTokenEnd(text[offset]))
                offset += 1;
        }
        if (offset === start)
            throw new OutlineError(`missing value at ${start}`);
        return { kind: 'scalar', offset: start };
    };
    const root = readValue(0);
    skipTrivia();
    if (offset !== text.length)
        throw new OutlineError(`text after the value at ${offset}`);
    return root;
}

;// CONCATENATED MODULE: ./lib/workspace/line-index.js
// Offsets → 1-based line and column, counted the way json5 counts in its error messages (a line
// ends at `\n`, so CRLF works and a lone `\r` does not start a line; columns are UTF-16 code
// units), so that a located key and a parse error in the same file agree.
class LineIndex {
    lineStarts = [0];
    constructor(text) {
        for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
            this.lineStarts.push(index + 1);
        }
    }
    positionOf(offset) {
        let low = 0;
        let high = this.lineStarts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (this.lineStarts[middle] <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        return { line: low + 1, column: offset - this.lineStarts[low] + 1 };
    }
}

;// CONCATENATED MODULE: ./lib/workspace/duplicate-scan.js

/**
 * A quick answer to "can this text have duplicate keys?" without building any tree: jsonc-parser's
 * scanner visits the text once, keeping one key set per open object. `false` only when the text
 * was read without a single complaint and no object repeats a key; anything else (a duplicate,
 * or JSON5 syntax jsonc-parser does not know) sends the caller to the full positional outline.
 */
function mayHaveDuplicateKeys(text) {
    const open = [];
    let suspicious = false;
    (0,main.visit)(text, {
        onObjectBegin: () => {
            open.push(new Set());
        },
        onObjectEnd: () => {
            open.pop();
        },
        onArrayBegin: () => {
            open.push(undefined);
        },
        onArrayEnd: () => {
            open.pop();
        },
        onObjectProperty: (property) => {
            const keys = open[open.length - 1];
            if (keys === undefined || keys.has(property))
                suspicious = true;
            else
                keys.add(property);
        },
        onError: () => {
            suspicious = true;
        },
    }, { allowTrailingComma: true, disallowComments: false });
    return suspicious;
}
/**
 * Depth and key count of strict JSON text, in one pass that allocates nothing: one regular
 * expression steps from token to token (a whole string, with the `:` that makes it a key, or a
 * bracket), and the character the match ends on says which it was. Exact for text JSON.parse
 * accepts. On any other text the figures mean nothing, and the pass is still linear: the string
 * alternative always matches once it starts (at the closing quote, or at the end of the text).
 * JSON.parse keeps one property per distinct key of an object, so a text it accepts repeats a
 * key in some object exactly when it writes more keys than its value holds (`keyCount`);
 * `"a"` and `"\u0061"` are the same key.
 */
function strictJsonShape(text) {
    let keys = 0;
    let depth = 0;
    let deepest = 0;
    const token = new RegExp(JSON_TOKEN);
    while (token.test(text)) {
        const last = text.charCodeAt(token.lastIndex - 1);
        if (last === COLON) {
            keys++;
        }
        else if (last === OPEN_BRACE || last === OPEN_BRACKET) {
            depth++;
            if (depth > deepest)
                deepest = depth;
        }
        else if (last === CLOSE_BRACE || last === CLOSE_BRACKET) {
            depth--;
        }
    }
    return { depth: deepest, keys };
}
const JSON_TOKEN = /"(?:[^"\\]|\\[\s\S])*(?:"|\\?$)(?:[ \t\r\n]*:)?|[{[]|[}\]]/g;
/** Own keys of every object in a parsed JSON value (recursive: call it within the depth limit). */
function keyCount(value) {
    if (typeof value !== 'object' || value === null)
        return 0;
    let count = 0;
    if (Array.isArray(value)) {
        for (const item of value)
            if (typeof item === 'object' && item !== null)
                count += keyCount(item);
        return count;
    }
    const record = value;
    const keys = Object.keys(record);
    count = keys.length;
    for (const key of keys) {
        const item = record[key];
        if (typeof item === 'object' && item !== null)
            count += keyCount(item);
    }
    return count;
}
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

;// CONCATENATED MODULE: ./lib/workspace/nesting-depth.js
// A guard run before any parser sees the text: jsonc-parser recurses once per nesting level, so
// a pull request with a million `[` would overflow the stack. One linear pass that skips strings
// and comments (the only places a bracket is not structure) is enough to know the depth.

/** True when `text` opens more than `limit` nested objects/arrays at some point. */
function nestsDeeperThan(text, limit) {
    let depth = 0;
    let index = 0;
    while (index < text.length) {
        const char = text[index];
        if (char === '"' || char === "'") {
            index = skipString(text, index);
            continue;
        }
        if (char === '/') {
            index = skipComment(text, index) ?? index + 1;
            continue;
        }
        if (char === '{' || char === '[') {
            depth += 1;
            if (depth > limit)
                return true;
        }
        else if ((char === '}' || char === ']') && depth > 0) {
            depth -= 1;
        }
        index += 1;
    }
    return false;
}

;// CONCATENATED MODULE: ./lib/workspace/json-document.js
// Parses a policy or OpenClaw config the way OpenClaw does (json5: values and the exact error
// text, which ends up in attested findings), and adds what review needs on top: positions of
// keys for annotations, and duplicate keys, which JSON5 silently resolves to the last value and
// which can therefore hide a rule from a reviewer reading the first one.







/**
 * Deepest nesting accepted. A documented deviation from OpenClaw, which would parse (or crash on)
 * absurdly deep input: no real policy or config comes near this, and it bounds every recursion
 * in the positioners.
 */
const MAX_JSON_DEPTH = 512;
/** Parses JSON5 text; never throws. `displayName` only names the file in the depth refusal. */
function parseJsonDocument(text, displayName) {
    const tooDeep = {
        ok: false,
        kind: 'too-deep',
        error: `${displayName} nests deeper than ${MAX_JSON_DEPTH} levels`,
    };
    // Strict JSON is a subset of JSON5 that both parsers read to the same value, and JSON.parse is
    // some 25 times faster than json5 (which reads about 4 MB/s). So JSON.parse goes first, after
    // one scan that gives the depth (JSON.parse would build a million nested arrays) and the key
    // count that tells whether a key repeats. Anything it rejects (comments, trailing commas, a BOM,
    // a real syntax error) goes to json5 behind the exact depth guard, which then produces the value
    // or the exact error text OpenClaw attests. A property test holds the two paths equal.
    const shape = strictJsonShape(text);
    const strict = shape.depth <= MAX_JSON_DEPTH ? parseStrictJson(text) : undefined;
    if (strict !== undefined) {
        return parsedDocument(text, strict.value, () => shape.keys !== keyCount(strict.value));
    }
    if (nestsDeeperThan(text, MAX_JSON_DEPTH))
        return tooDeep;
    let value;
    try {
        value = parseJson5Quietly(text);
    }
    catch (error) {
        return parseFailure(error);
    }
    return parsedDocument(text, value, () => mayHaveDuplicateKeys(text));
}
function parseStrictJson(text) {
    try {
        return { value: JSON.parse(text) };
    }
    catch {
        return undefined;
    }
}
// json5 prints a console warning for every U+2028/U+2029 inside a string; a hostile file full of
// them would flood the job log. The parse is synchronous, so nothing else sees the swap.
function parseJson5Quietly(text) {
    const warn = console.warn;
    console.warn = () => undefined;
    try {
        return lib.parse(text);
    }
    finally {
        console.warn = warn;
    }
}
function parseFailure(error) {
    if (!(error instanceof Error))
        return { ok: false, kind: 'syntax', error: String(error) };
    const { lineNumber, columnNumber } = error;
    if (typeof lineNumber === 'number' && typeof columnNumber === 'number') {
        return {
            ok: false,
            kind: 'syntax',
            error: error.message,
            position: { line: lineNumber, column: columnNumber },
        };
    }
    return { ok: false, kind: 'syntax', error: error.message };
}
function parsedDocument(text, value, mayRepeatKeys) {
    let outline;
    let lines;
    let outlined = false;
    let duplicates;
    const ensureOutline = () => {
        if (!outlined) {
            outlined = true;
            outline = outlineDocument(text);
            lines = new LineIndex(text);
        }
        return outline;
    };
    const positionOf = (offset) => lines.positionOf(offset);
    return {
        ok: true,
        value,
        locate(path) {
            const root = ensureOutline();
            return root ? positionOf(deepestOffset(root, path).offset) : undefined;
        },
        get duplicateKeys() {
            // Cheap scans first; the positional outline is built only when a duplicate may exist.
            if (!duplicates && !mayRepeatKeys())
                duplicates = [];
            if (!duplicates) {
                const root = ensureOutline();
                duplicates = root
                    ? findDuplicateKeys(root).map((found) => ({
                        path: found.path,
                        key: found.key,
                        position: positionOf(found.offset),
                        firstPosition: positionOf(found.firstOffset),
                    }))
                    : [];
            }
            return duplicates;
        },
    };
}
/**
 * jsonc-parser first (the positions SPEC §1 names), but only when it read the text without a
 * single complaint: on JSON5 it does not know, its error recovery invents structure. Then our
 * JSON5 scanner. Undefined when neither understands the text (positions are best effort; values
 * never depend on them).
 */
function outlineDocument(text) {
    const errors = [];
    const tree = (0,main.parseTree)(text, errors, { allowTrailingComma: true, disallowComments: false });
    try {
        if (tree && errors.length === 0)
            return outlineFromJsonc(tree);
    }
    catch (error) {
        if (!(error instanceof OutlineError))
            throw error;
    }
    try {
        return outlineJson5(text, MAX_JSON_DEPTH + 1);
    }
    catch (error) {
        if (error instanceof OutlineError)
            return undefined;
        throw error;
    }
}
/**
 * Why a parsed document with a repeated key must be refused, or undefined. JSON5 keeps the last of
 * two equal keys, so a reviewer could read one rule while another applies.
 */
function duplicateKeyProblem(document, file) {
    const first = document.duplicateKeys[0];
    if (first === undefined)
        return undefined;
    const where = [...first.path, first.key].join('.');
    return `${file}:${first.position.line}:${first.position.column}: duplicate key "${first.key}" (${where}); JSON5 would silently keep only the last one, so remove the other.`;
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/release-config-schema.js
// GENERATED from openclaw@2026.9.6 by test/engine/current/loaded-config-schema.generate.mjs — do not edit.
// Structural data of the release's config schema (keys in declaration order, required keys, record
// key patterns, unions, literal/enum values, leaf types) and of its bundled channel schemas. See
// schema-node.ts for the node format and the generator for what is and is not captured.
const RELEASE_VERSION = '2026.9.6';
/** { root: the zod root schema as a SchemaNode, shared: [subtree] } (see schema-node.ts), JSON. */
const CORE_SCHEMA_JSON = '{"root":{"o":[["$schema","s"],["meta",{"o":[["lastTouchedVersion","s"],["migrations",{"o":[["modelPolicyAllowlist",{"l":[true]}],["utilityModelSeparation",{"l":[true]}]]}]]}],["env",{"o":[["shellEnv",{"o":[["enabled","b"],["timeoutMs",{"c":[["int"],["gt",0,1]],"of":"n"}]]}],["vars",{"r":"s"}]]}],["wizard",{"o":[["accessMode",{"u":[{"l":["full"]},{"l":["guarded"]}]}],["appRecommendations","b"],["lastRunAt","s"],["lastRunVersion","s"],["lastRunCommit","s"],["lastRunCommand","s"],["lastRunMode",{"u":[{"l":["local"]},{"l":["remote"]}]}],["securityAcknowledgedAt","s"]]}],["diagnostics",{"o":[["enabled","b"],["flags",{"a":"s"}],["otel",{"o":[["enabled","b"],["endpoint","s"],["tracesEndpoint","s"],["metricsEndpoint","s"],["logsEndpoint","s"],["protocol",{"l":["http/protobuf"]}],["headers",{"r":"s"}],["serviceName","s"],["metricNamePrefix",{"c":[["max",128],["regex","^(?:[A-Za-z][A-Za-z0-9_./-]*)?$",""]],"of":"s"}],["traces","b"],["metrics","b"],["logs","b"],["logsExporter",{"u":[{"l":["otlp"]},{"l":["stdout"]},{"l":["both"]}]}],["sampleRate",{"c":[["gt",0,1],["lt",1,1]],"of":"n"}],["flushIntervalMs",{"c":[["int"],["gt",0,1]],"of":"n"}],["captureContent","b"]]}],["cacheTrace",{"o":[["enabled","b"]]}]]}],["logging",{"o":[["level",{"u":[{"l":["silent"]},{"l":["fatal"]},{"l":["error"]},{"l":["warn"]},{"l":["info"]},{"l":["debug"]},{"l":["trace"]}]}],["file","s"],["maxFileBytes",{"c":[["int"],["gt",0,0]],"of":"n"}],["consoleLevel",{"u":[{"l":["silent"]},{"l":["fatal"]},{"l":["error"]},{"l":["warn"]},{"l":["info"]},{"l":["debug"]},{"l":["trace"]}]}],["consoleStyle",{"u":[{"l":["pretty"]},{"l":["json"]}]}],["redactPatterns",{"a":"s"}],["audit",{"o":[["enabled","b"],["executionIdentity","b"],["messages",{"u":[{"l":["off"]},{"l":["direct"]},{"l":["all"]}]}]]}]]}],["update",{"o":[["channel",{"u":[{"l":["stable"]},{"l":["extended-stable"]},{"l":["beta"]},{"l":["dev"]}]}],["checkOnStart","b"],["auto",{"o":[["enabled","b"]]}]]}],["telemetry",{"o":[["enabled","b"],["consentedAt","s"]]}],["browser",{"o":[["enabled","b"],["allowSystemProfileImport","b"],["evaluateEnabled","b"],["cdpUrl","s"],["executablePath","s"],["headless","b"],["noSandbox","b"],["attachOnly","b"],["defaultProfile","s"],["snapshotDefaults",{"o":[["mode",{"l":["efficient"]}]]}],{"$i":0},["profiles",{"r":{"o":[["cdpPort",{"c":[["int"],["gt",1,1],["lt",65535,1]],"of":"n"}],["cdpUrl","s"],["userDataDir","s"],["mcpCommand","s"],["mcpArgs",{"a":"s"}],["driver",{"u":[{"l":["openclaw"]},{"l":["clawd"]},{"l":["existing-session"]},{"l":["extension"]}]}],["headless","b"],["executablePath","s"],["attachOnly","b"]]},"k":{"p":"^[a-z0-9-]+$","f":""}}],["extraArgs",{"a":"s"}],["tabCleanup",{"o":[["enabled","b"]]}],["extensionRelay",{"o":[["allowLegacyAuth","b"]]}]]}],["ui",{"o":[["seamColor",{"c":[["regex","^#?[0-9a-fA-F]{6}$","","expected hex color (RRGGBB)"]],"of":"s"}],["prefs",{"o":[["theme",{"u":[{"l":["claw"]},{"l":["knot"]},{"l":["dash"]},{"l":["absolutely"]},{"l":["tide"]},{"l":["beacon"]},{"l":["phosphor"]},{"l":["crt"]},{"l":["manuscript"]},{"l":["rose"]},{"l":["miami"]},{"l":["custom"]}]}],["themeMode",{"u":[{"l":["light"]},{"l":["dark"]},{"l":["system"]}]}],["accent",{"u":[{"l":["theme"]},{"c":[["regex","^#?[0-9a-fA-F]{6}$","","expected hex color (RRGGBB)"]],"of":"s"}]}],["locale",{"c":[["max",20]],"of":"s"}],["chatShowThinking","b"],["chatShowToolCalls","b"],["chatPersistCommentary","b"],["chatSendShortcut",{"u":[{"l":["enter"]},{"l":["modifier-enter"]}]}],["chatFollowUpMode",{"u":[{"l":["steer"]},{"l":["queue"]}]}],["sidebarEntries",{"a":"s"}]]}]]}],["secrets",{"o":[["egressProxy",{"o":[["enabled","b"],["allowedHosts",{"c":[["max",256]],"of":{"a":{"c":[["trim"],["min",1]],"of":"s"}}}],["bypassHosts",{"c":[["max",256]],"of":{"a":{"c":[["trim"],["min",1]],"of":"s"}}}]]}],["providers",{"o":[],"x":{"u":[{"o":[["source",{"l":["env"]},1],["allowlist",{"c":[["max",256]],"of":{"a":{"c":[["regex","^[A-Z][A-Z0-9_]{0,127}$",""]],"of":"s"}}}]]},{"o":[["source",{"l":["file"]},1],["path",{"c":[["min",1]],"of":"s"},1],["mode",{"u":[{"l":["singleValue"]},{"l":["json"]}]}],["timeoutMs",{"c":[["int"],["gt",0,0],["lt",120000,1]],"of":"n"}],["maxBytes",{"c":[["int"],["gt",0,0],["lt",20971520,1]],"of":"n"}]]},{"u":[{"o":[["source",{"l":["exec"]},1],["command",{"c":[["min",1]],"of":"s"},1],["args",{"c":[["max",128]],"of":{"a":{"c":[["max",1024]],"of":"s"}}}],["timeoutMs",{"c":[["int"],["gt",0,0],["lt",120000,1]],"of":"n"}],["noOutputTimeoutMs",{"c":[["int"],["gt",0,0],["lt",120000,1]],"of":"n"}],["maxOutputBytes",{"c":[["int"],["gt",0,0],["lt",20971520,1]],"of":"n"}],["jsonOnly","b"],["env",{"r":"s"}],["passEnv",{"c":[["max",128]],"of":{"a":{"c":[["regex","^[A-Z][A-Z0-9_]{0,127}$",""]],"of":"s"}}}],["trustedDirs",{"c":[["max",64]],"of":{"a":{"c":[["min",1]],"of":"s"}}}]]},{"o":[["source",{"l":["exec"]},1],["pluginIntegration",{"o":[["pluginId",{"c":[["min",1],["max",128]],"of":"s"},1],["integrationId",{"c":[["min",1],["max",128]],"of":"s"},1]]},1]]}]},{"o":[["source",{"l":["store"]},1]]}]}}],["defaults",{"o":[["env",{"c":[["regex","^[a-z][a-z0-9_-]{0,63}$",""]],"of":"s"}],["file",{"c":[["regex","^[a-z][a-z0-9_-]{0,63}$",""]],"of":"s"}],["exec",{"c":[["regex","^[a-z][a-z0-9_-]{0,63}$",""]],"of":"s"}],["store",{"c":[["regex","^[a-z][a-z0-9_-]{0,63}$",""]],"of":"s"}]]}]]}],["auth",{"o":[["profiles",{"r":{"o":[["provider","s",1],["mode",{"u":[{"l":["api_key"]},{"l":["aws-sdk"]},{"l":["oauth"]},{"l":["token"]}]},1],["email","s"],["displayName","s"]]}}],["order",{"r":{"a":"s"}}]]}],["accessGroups",{"r":{"u":[{"o":[["type",{"l":["discord.channelAudience"]},1],["guildId",{"c":[["min",1]],"of":"s"},1],["channelId",{"c":[["min",1]],"of":"s"},1],["membership",{"l":["canViewChannel"]}]]},{"o":[["type",{"l":["message.senders"]},1],["members",{"r":{"a":{"c":[["min",1]],"of":"s"}}},1]]}]}}],["acp",{"o":[["enabled","b"],["dispatch",{"o":[["enabled","b"]]}],["backend","s"],["fallbacks",{"a":"s"}],["defaultAgent","s"],["allowedAgents",{"a":"s"}],["stream",{"o":[["repeatSuppression","b"],["deliveryMode",{"u":[{"l":["live"]},{"l":["final_only"]}]}],["tagVisibility",{"r":"b"}]]}],["runtime",{"o":[["installCommand","s"]]}]]}],["models",{"o":[["mode",{"u":[{"l":["merge"]},{"l":["replace"]}]}],["providers",{"r":{"o":[["baseUrl","s"],{"$i":3},["auth",{"u":[{"l":["api-key"]},{"l":["aws-sdk"]},{"l":["oauth"]},{"l":["token"]}]}],{"$i":28},["maxTokens",{"c":[["gt",0,0]],"of":"n"}],["timeoutSeconds",{"c":[["int"],["gt",0,0]],"of":"n"}],["region",{"c":[["min",1]],"of":"s"}],["injectNumCtxForOpenAICompat","b"],["params",{"r":"*"}],["agentRuntime",{"o":[["id","s"]]}],["localService",{"o":[["command",{"c":[["min",1]],"of":"s"},1],["args",{"a":"s"}],["cwd",{"c":[["min",1]],"of":"s"}],["env",{"r":"s"}],["healthUrl",{"c":[["min",1]],"of":"s"}],["readyTimeoutMs",{"c":[["int"],["gt",0,0]],"of":"n"}],["idleStopMs",{"c":[["int"],["gt",0,1]],"of":"n"}]]}],{"$i":31},["authHeader","b"],["request",{"o":[{"$i":31},{"$i":33},{"$i":42},{"$i":47},["allowPrivateNetwork","b"]]}],["models",{"a":{"o":[["id",{"c":[["min",1]],"of":"s"},1],["name",{"c":[["min",1]],"of":"s"},1],{"$i":28},["baseUrl",{"c":[["min",1]],"of":"s"}],["reasoning","b"],["input",{"a":{"u":[{"l":["text"]},{"l":["image"]},{"l":["video"]},{"l":["audio"]}]}}],["cost",{"o":[["input","n"],["output","n"],["cacheRead","n"],["cacheWrite","n"],["tieredPricing",{"a":{"o":[["input","n",1],["output","n",1],["cacheRead","n",1],["cacheWrite","n",1],["range",{"u":[{"t":["n","n"]},{"t":["n"]}]},1]]}}]]}],["contextWindow",{"c":[["gt",0,0]],"of":"n"}],["contextTokens",{"c":[["int"],["gt",0,0]],"of":"n"}],["maxTokens",{"c":[["gt",0,0]],"of":"n"}],["thinkingLevelMap",{"o":[["off",{"q":"s"}],["minimal",{"q":"s"}],["low",{"q":"s"}],["medium",{"q":"s"}],["high",{"q":"s"}],["xhigh",{"q":"s"}],["max",{"q":"s"}]]}],["params",{"r":"*"}],["agentRuntime",{"o":[["id","s"]]}],["headers",{"r":"s"}],["compat",{"o":[["supportsStore","b"],["supportsPromptCacheKey","b"],["supportsResponsesContinuation","b"],["supportsDeveloperRole","b"],["supportsReasoningEffort","b"],["supportsTemperature","b"],["supportsInstructions","b"],["supportsUsageInStreaming","b"],["supportsTools","b"],["codeMode",{"e":["preferred","capable"]}],["supportsStrictMode","b"],["supportsJsonSchemaResponseFormat","b"],["requiresStringContent","b"],["strictMessageKeys","b"],["visibleReasoningDetailTypes",{"a":{"c":[["min",1]],"of":"s"}}],["supportedReasoningEfforts",{"a":{"c":[["min",1]],"of":"s"}}],["reasoningEffortMap",{"r":{"c":[["min",1]],"of":"s"}}],["maxTokensField",{"u":[{"l":["max_completion_tokens"]},{"l":["max_tokens"]}]}],["thinkingFormat",{"e":["openai","openrouter","deepseek","together","qwen","qwen-chat-template","zai"]}],["requiresToolResultName","b"],["requiresAssistantAfterToolResult","b"],["requiresThinkingAsText","b"],["requiresReasoningContentOnAssistantMessages","b"],["toolSchemaProfile","s"],["unsupportedToolSchemaKeywords",{"a":{"c":[["min",1]],"of":"s"}}],["toolCallArgumentsEncoding","s"],["requiresOpenAiAnthropicToolPayload","b"],["openRouterRouting",{"o":[["allow_fallbacks","b"],["require_parameters","b"],["data_collection",{"e":["deny","allow"]}],["zdr","b"],["enforce_distillable_text","b"],["order",{"a":"s"}],["only",{"a":"s"}],["ignore",{"a":"s"}],["quantizations",{"a":"s"}],["sort",{"u":["s",{"o":[["by","s"],["partition",{"q":"s"}]]}]}],["max_price",{"o":[["prompt",{"u":["n","s"]}],["completion",{"u":["n","s"]}],["image",{"u":["n","s"]}],["audio",{"u":["n","s"]}],["request",{"u":["n","s"]}]]}],["preferred_min_throughput",{"u":["n",{"o":[["p50","n"],["p75","n"],["p90","n"],["p99","n"]]}]}],["preferred_max_latency",{"u":["n",{"o":[["p50","n"],["p75","n"],["p90","n"],["p99","n"]]}]}]]}],["vercelGatewayRouting",{"o":[["only",{"a":"s"}],["order",{"a":"s"}]]}],["zaiToolStream","b"],["cacheControlFormat",{"l":["anthropic"]}],["sendSessionAffinityHeaders","b"],["sendSessionIdHeader","b"],["supportsEagerToolInputStreaming","b"],["supportsLongCacheRetention","b"]]}],["mediaInput",{"o":[["image",{"o":[["maxBytes",{"c":[["int"],["gt",0,0]],"of":"n"}],["maxPixels",{"c":[["int"],["gt",0,0]],"of":"n"}],["maxSidePx",{"c":[["int"],["gt",0,0]],"of":"n"}],["preferredSidePx",{"c":[["int"],["gt",0,0]],"of":"n"}],["tokenMode",{"u":[{"l":["tile"]},{"l":["detail"]},{"l":["provider"]}]}]]}]]}],["metadataSource",{"l":["models-add"]}]]}}]]}}],["catalogRefresh",{"o":[["enabled","b"],["url","s"]]}]]}],["nodeHost",{"o":[["autoUpdate",{"o":[["enabled","b"]]}],["agentRuns",{"o":[["claude",{"o":[["enabled","b"]]}]]}],["workerRuns",{"o":[["enabled","b"],["capacity",{"c":[["int"],["gt",1,1],["lt",1024,1]],"of":"n"}],["isolation",{"e":["none","container"]}],["containerImage",{"c":[["trim"],["min",1]],"of":"s"}]]}],["browserProxy",{"o":[["enabled","b"],["allowProfiles",{"a":"s"}]]}],["mcp",{"o":[{"$i":56}]}],["skills",{"o":[["enabled","b"]]}]]}],["agents",{"o":[["ownership",{"l":["explicit"]}],["defaults",{"o":[["params",{"r":"*"}],["model",{"u":["s",{"o":[["primary","s"],["fallbacks",{"a":"s"}]]}]}],["modelSelectionScope",{"e":["session","agent","global"]}],["utilityModel","s"],["decisionModel",{"c":[["trim"],["max",512],["modelRefOrEmpty"]],"of":"s"}],["imageModel",{"u":["s",{"o":[["primary","s"],["fallbacks",{"a":"s"}],["timeoutMs",{"c":[["int"],["gt",0,0]],"of":"n"}]]}]}],["mediaModels",{"o":[["image",{"u":["s",{"o":[["primary","s"],["fallbacks",{"a":"s"}],["timeoutMs",{"c":[["int"],["gt",0,0]],"of":"n"}]]}]}],["video",{"u":["s",{"o":[["primary","s"],["fallbacks",{"a":"s"}],["timeoutMs",{"c":[["int"],["gt",0,0]],"of":"n"}]]}]}],["music",{"u":["s",{"o":[["primary","s"],["fallbacks",{"a":"s"}],["timeoutMs",{"c":[["int"],["gt",0,0]],"of":"n"}]]}]}]]}],["voiceModel",{"u":["s",{"o":[["primary","s"],["fallbacks",{"a":"s"}],["timeoutMs",{"c":[["int"],["gt",0,0]],"of":"n"}]]}]}],["pdfModel",{"u":["s",{"o":[["primary","s"],["fallbacks",{"a":"s"}],["timeoutMs",{"c":[["int"],["gt",0,0]],"of":"n"}]]}]}],["pdfMaxMb",{"c":[["gt",0,0]],"of":"n"}],["pdfMaxPages",{"c":[["int"],["gt",0,0]],"of":"n"}],{"$i":69},["modelPolicy",{"o":[["allow",{"a":"s"}]]}],["workspace","s"],["cwd","s"],["skills",{"a":"s"}],{"$i":74},["repoRoot","s"],["skipBootstrap","b"],["skipOptionalBootstrapFiles",{"a":{"e":["SOUL.md","USER.md","HEARTBEAT.md","IDENTITY.md"]}}],["contextInjection",{"u":[{"l":["always"]},{"l":["continuation-skip"]},{"l":["never"]}]}],["bootstrapMaxChars",{"c":[["int"],["gt",0,0]],"of":"n"}],["bootstrapTotalMaxChars",{"c":[["int"],["gt",0,0]],"of":"n"}],["experimental",{"o":[["localModelLean","b"]]}],["userTimezone","s"],["startupContext",{"o":[["enabled","b"],["applyOn",{"a":{"u":[{"l":["new"]},{"l":["reset"]}]}}],["dailyMemoryDays",{"c":[["int"],["gt",1,1],["lt",14,1]],"of":"n"}],["maxFileBytes",{"c":[["int"],["gt",1,1],["lt",65536,1]],"of":"n"}],["maxFileChars",{"c":[["int"],["gt",1,1],["lt",10000,1]],"of":"n"}],["maxTotalChars",{"c":[["int"],["gt",1,1],["lt",50000,1]],"of":"n"}]]}],["contextPruning",{"o":[["mode",{"u":[{"l":["off"]},{"l":["cache-ttl"]}]}],["ttl","s"],["tools",{"o":[["allow",{"a":"s"}],["deny",{"a":"s"}]]}],["hardClear",{"o":[["enabled","b"],["placeholder","s"]]}]]}],["compaction",{"o":[["enabled","b"],["mode",{"u":[{"l":["default"]},{"l":["safeguard"]}]}],["provider","s"],["thinkingLevel",{"u":[{"e":["off","minimal","low","medium","high","xhigh","adaptive","max","ultra"]},{"l":["inherit"]}]}],["keepRecentTokens",{"c":[["int"],["gt",0,0]],"of":"n"}],["identifierPolicy",{"u":[{"l":["strict"]},{"l":["off"]}]}],["recentTurnsPreserve",{"c":[["int"],["gt",0,1],["lt",12,1]],"of":"n"}],["qualityGuard",{"o":[["enabled","b"],["maxRetries",{"c":[["int"],["gt",0,1]],"of":"n"}]]}],["midTurnPrecheck",{"o":[["enabled","b"]]}],["postIndexSync",{"e":["off","async","await"]}],["postCompactionSections",{"a":"s"}],["model","s"],["timeoutSeconds",{"c":[["int"],["gt",0,0]],"of":"n"}],["memoryFlush",{"o":[["enabled","b"],["model","s"],["softThresholdTokens",{"c":[["int"],["gt",0,1]],"of":"n"}],["forceFlushTranscriptBytes",{"u":[{"c":[["int"],["gt",0,1]],"of":"n"},"s"]}]]}],["maxActiveTranscriptBytes",{"u":[{"c":[["int"],["gt",0,1]],"of":"n"},"s"]}],["notifyUser","b"]]}],["embeddedAgent",{"o":[["projectSettingsPolicy",{"u":[{"l":["trusted"]},{"l":["sanitize"]},{"l":["ignore"]}]}],["executionContract",{"u":[{"l":["default"]},{"l":["strict-agentic"]}]}],["cyberFailover",{"o":[["mode",{"u":[{"l":["auto"]},{"l":["off"]}]}],["model",{"c":[["min",1]],"of":"s"}],["cooloffMs",{"c":[["int"],["gt",0,0]],"of":"n"}]]}]]}],["thinkingDefault",{"e":["off","minimal","low","medium","high","xhigh","adaptive","max","ultra"]}],["fastModeDefault",{"u":["b",{"l":["auto"]}]}],["verboseDefault",{"u":[{"l":["off"]},{"l":["on"]},{"l":["full"]}]}],["toolProgressDetail",{"u":[{"l":["explain"]},{"l":["raw"]}]}],["reasoningDefault",{"u":[{"l":["off"]},{"l":["on"]},{"l":["stream"]}]}],["elevatedDefault",{"u":[{"l":["off"]},{"l":["on"]},{"l":["ask"]},{"l":["full"]}]}],["blockStreamingDefault",{"u":[{"l":["off"]},{"l":["on"]}]}],["blockStreamingBreak",{"u":[{"l":["text_end"]},{"l":["message_end"]}]}],["timeoutSeconds",{"c":[["int"],["gt",0,1]],"of":"n"}],["mediaMaxMb",{"c":[["gt",0,0]],"of":"n"}],["imageMaxDimensionPx",{"c":[["int"],["gt",0,0]],"of":"n"}],["imageQuality",{"e":["auto","efficient","balanced","high"]}],["typingIntervalSeconds",{"c":[["int"],["gt",0,0]],"of":"n"}],["systemAgent",{"o":[["agentId",{"c":[["trim"],["min",1]],"of":"s"}]]}],["authInheritance",{"o":[["agentId",{"c":[["trim"],["min",1]],"of":"s"}]]}],["sessionStore",{"o":[["agentId",{"c":[["trim"],["min",1]],"of":"s"}]]}],["maxConcurrent",{"c":[["int"],["gt",0,0]],"of":"n"}],["subagents",{"o":[["delegationMode",{"e":["suggest","prefer"]}],["allowAgents",{"a":"s"}],["maxConcurrent",{"c":[["int"],["gt",0,0]],"of":"n"}],["maxSpawnDepth",{"c":[["int"],["gt",1,1],["lt",5,1]],"of":"n"}],["maxChildrenPerAgent",{"c":[["int"],["gt",1,1],["lt",20,1]],"of":"n"}],["archiveAfterMinutes",{"c":[["int"],["gt",0,1]],"of":"n"}],["model",{"u":["s",{"o":[["primary","s"],["fallbacks",{"a":"s"}]]}]}],["thinking","s"],["runTimeoutSeconds",{"c":[["int"],["gt",0,1]],"of":"n"}],["announceTimeoutMs",{"c":[["int"],["gt",0,0]],"of":"n"}],["requireAgentId","b"]]}],{"$i":75},["blockStreamingChunk",{"o":[["minChars",{"c":[["int"],["gt",0,0]],"of":"n"}],["maxChars",{"c":[["int"],["gt",0,0]],"of":"n"}],["breakPreference",{"u":[{"l":["paragraph"]},{"l":["newline"]},{"l":["sentence"]}]}]]}],["blockStreamingCoalesce",{"o":[["minChars",{"c":[["int"],["gt",0,0]],"of":"n"}],["maxChars",{"c":[["int"],["gt",0,0]],"of":"n"}],["idleMs",{"c":[["int"],["gt",0,1]],"of":"n"}]]}],{"$i":78},["typingMode",{"u":[{"l":["never"]},{"l":["instant"]},{"l":["thinking"]},{"l":["message"]}]}],["heartbeat",{"o":[["every","s"],["activeHours",{"o":[["start","s"],["end","s"],["timezone","s"]]}],["model","s"],["session","s"],["target","s"],["directPolicy",{"u":[{"l":["allow"]},{"l":["block"]}]}],["to","s"],["accountId","s"],["prompt","s"],["timeoutSeconds",{"c":[["int"],["gt",0,0]],"of":"n"}],["lightContext","b"],["isolatedSession","b"],["agentId",{"c":[["trim"],["min",1]],"of":"s"}]]}],{"$i":81}]}],["entries",{"r":{"o":[["name","s"],["description","s"],["workspace","s"],["cwd","s"],["agentDir","s"],["model",{"u":["s",{"o":[["primary","s"],["fallbacks",{"a":"s"}]]}]}],["utilityModel","s"],["decisionModel",{"c":[["trim"],["max",512],["modelRefOrEmpty"]],"of":"s"}],{"$i":69},["modelPolicy",{"o":[["allow",{"a":"s"}]]}],["thinkingDefault",{"e":["off","minimal","low","medium","high","xhigh","adaptive","max","ultra"]}],["verboseDefault",{"e":["off","on","full"]}],["toolProgressDetail",{"e":["explain","raw"]}],["reasoningDefault",{"e":["on","off","stream"]}],["fastModeDefault",{"u":["b",{"l":["auto"]}]}],["contextInjection",{"u":[{"l":["always"]},{"l":["continuation-skip"]},{"l":["never"]}]}],["bootstrapMaxChars",{"c":[["int"],["gt",0,0]],"of":"n"}],["bootstrapTotalMaxChars",{"c":[["int"],["gt",0,0]],"of":"n"}],["experimental",{"o":[["localModelLean","b"]]}],["skills",{"a":"s"}],["subagents",{"o":[["delegationMode",{"e":["suggest","prefer"]}],["allowAgents",{"a":"s"}],["model",{"u":["s",{"o":[["primary","s"],["fallbacks",{"a":"s"}]]}]}],["thinking","s"],["requireAgentId","b"]]}],["embeddedAgent",{"o":[["executionContract",{"u":[{"l":["default"]},{"l":["strict-agentic"]}]}]]}],["params",{"r":"*"}],["runtime",{"u":[{"o":[["type",{"l":["embedded"]},1]]},{"o":[["type",{"l":["acp"]},1],["acp",{"o":[["agent","s"],["backend","s"],["mode",{"e":["persistent","oneshot"]}],["cwd","s"]]}]]}]}],["memory",{"o":[{"$i":97}]}],{"$i":78},["typingMode",{"u":[{"l":["never"]},{"l":["instant"]},{"l":["thinking"]},{"l":["message"]}]}],["tts",{"o":[["auto",{"e":["off","always","inbound","tagged"]}],["enabled","b"],["mode",{"e":["final","all"]}],["provider",{"c":[["min",1]],"of":"s"}],["persona","s"],{"$i":109},["summaryModel","s"],{"$i":117},{"$i":113},["maxTextLength",{"c":[["int"],["gt",1,1]],"of":"n"}],["timeoutMs",{"c":[["int"],["gt",1000,1],["lt",120000,1]],"of":"n"}],["prefsPath","s"]]}],["skillsLimits",{"o":[["maxSkillsPromptChars",{"c":[["int"],["gt",0,1]],"of":"n"}]]}],{"$i":75},["heartbeat",{"o":[["every","s"],["activeHours",{"o":[["start","s"],["end","s"],["timezone","s"]]}],["model","s"],["session","s"],["target","s"],["directPolicy",{"u":[{"l":["allow"]},{"l":["block"]}]}],["to","s"],["accountId","s"],["prompt","s"],["timeoutSeconds",{"c":[["int"],["gt",0,0]],"of":"n"}],["lightContext","b"],["isolatedSession","b"]]}],["identity",{"o":[["name","s"],["theme","s"],["emoji","s"],["avatar","s"]]}],["groupChat",{"o":[["mentionPatterns",{"a":"s"}],["historyLimit",{"c":[["int"],["gt",0,1]],"of":"n"}],["unmentionedInbound",{"e":["user_request","room_event"]}]]}],{"$i":81},["tools",{"o":[["profile",{"u":[{"l":["minimal"]},{"l":["coding"]},{"l":["messaging"]},{"l":["full"]}]}],["allow",{"a":"s"}],["alsoAllow",{"a":"s"}],["deny",{"a":"s"}],{"$i":120},["toolsBySender",{"r":{"o":[["allow",{"a":"s"}],["alsoAllow",{"a":"s"}],["deny",{"a":"s"}]]}}],{"$i":124},{"$i":129},["elevated",{"o":[["enabled","b"],["allowFrom",{"r":{"a":{"u":["s","n"]}}}]]}],{"$i":134},{"$i":144},["fs",{"o":[["workspaceOnly","b"]]}],["loopDetection",{"o":[["enabled","b"]]}],{"$i":147},["sandbox",{"o":[["tools",{"o":[["allow",{"a":"s"}],["alsoAllow",{"a":"s"}],["deny",{"a":"s"}]]}]]}]]}],["default","b"]]},"k":{"p":"^[a-z0-9_][a-z0-9_-]{0,63}$","f":"i"}}]]}],["worktreeRoot",{"c":[["trim"],["min",1]],"of":"s"}],["worktreeAcceleration","b"],["tools",{"o":[["profile",{"u":[{"l":["minimal"]},{"l":["coding"]},{"l":["messaging"]},{"l":["full"]}]}],["allow",{"a":"s"}],["alsoAllow",{"a":"s"}],["deny",{"a":"s"}],{"$i":120},["toolsBySender",{"r":{"o":[["allow",{"a":"s"}],["alsoAllow",{"a":"s"}],["deny",{"a":"s"}]]}}],["web",{"o":[["search",{"o":[["enabled","b"],["provider","s"],["maxResults",{"c":[["int"],["gt",0,0]],"of":"n"}],["timeoutSeconds",{"c":[["int"],["gt",0,0]],"of":"n"}],["cacheTtlMinutes",{"c":[["gt",0,1]],"of":"n"}],["openaiCodex",{"o":[["enabled","b"],["mode",{"u":[{"l":["cached"]},{"l":["live"]}]}],["allowedDomains",{"a":"s"}],["contextSize",{"u":[{"l":["low"]},{"l":["medium"]},{"l":["high"]}]}],["userLocation",{"o":[["country","s"],["region","s"],["city","s"],["timezone","s"]]}]]}]],"x":"*"}],["fetch",{"o":[["enabled","b"],["provider","s"],["maxChars",{"c":[["int"],["gt",0,0]],"of":"n"}],["maxCharsCap",{"c":[["int"],["gt",0,0]],"of":"n"}],["maxResponseBytes",{"c":[["int"],["gt",0,0]],"of":"n"}],["timeoutSeconds",{"c":[["int"],["gt",0,0]],"of":"n"}],["cacheTtlMinutes",{"c":[["gt",0,1]],"of":"n"}],["maxRedirects",{"c":[["int"],["gt",0,1]],"of":"n"}],["userAgent","s"],["headers",{"r":"s"}],["readability","b"],["useTrustedEnvProxy","b"],{"$i":0}]}]]}],{"$i":144},["media",{"o":[["models",{"a":{"o":[["provider","s"],["model","s"],["capabilities",{"a":{"u":[{"l":["image"]},{"l":["audio"]},{"l":["video"]}]}}],["type",{"u":[{"l":["provider"]},{"l":["cli"]}]}],["command","s"],["args",{"a":"s"}],["maxChars",{"c":[["int"],["gt",0,0]],"of":"n"}],["maxBytes",{"c":[["int"],["gt",0,0]],"of":"n"}],["prompt","s"],["timeoutSeconds",{"c":[["int"],["gt",0,0]],"of":"n"}],["language","s"],["providerOptions",{"r":{"r":{"u":["s","n","b"]}}}],["baseUrl","s"],["headers",{"r":"s"}],{"$i":153},["profile","s"],["preferredProfile","s"]]}}],["concurrency",{"c":[["int"],["gt",0,0]],"of":"n"}],["image",{"$i":156}],["audio",{"o":[["enabled","b"],["preferredModel",{"c":[["trim"],["min",1]],"of":"s"}],{"$i":158},["maxBytes",{"c":[["int"],["gt",0,0]],"of":"n"}],["maxChars",{"c":[["int"],["gt",0,0]],"of":"n"}],["prompt","s"],["timeoutSeconds",{"c":[["int"],["gt",0,0]],"of":"n"}],["language","s"],["providerOptions",{"r":{"r":{"u":["s","n","b"]}}}],["baseUrl","s"],["headers",{"r":"s"}],{"$i":153},{"$i":168},["echoTranscript","b"],["echoFormat","s"]]}],["video",{"$i":156}]]}],["links",{"o":[["enabled","b"],{"$i":158},["maxLinks",{"c":[["int"],["gt",0,0]],"of":"n"}],["timeoutSeconds",{"c":[["int"],["gt",0,0]],"of":"n"}],["models",{"a":{"o":[["type",{"l":["cli"]}],["command",{"c":[["min",1]],"of":"s"},1],["args",{"a":"s"}],["timeoutSeconds",{"c":[["int"],["gt",0,0]],"of":"n"}]]}}]]}],["sessions",{"o":[["visibility",{"e":["self","tree","agent","all"]}]]}],["loopDetection",{"o":[["enabled","b"]]}],["toolSearch",{"u":["b",{"o":[["enabled","b"],["mode",{"e":["code","tools","directory"]}],["codeTimeoutMs",{"c":[["int"],["gt",0,0]],"of":"n"}],["searchDefaultLimit",{"c":[["int"],["gt",0,0]],"of":"n"}],["maxSearchLimit",{"c":[["int"],["gt",0,0]],"of":"n"}]]}]}],{"$i":124},{"$i":129},{"$i":147},["agentToAgent",{"o":[["enabled","b"],["allow",{"a":"s"}]]}],["elevated",{"o":[["enabled","b"],["allowFrom",{"r":{"a":{"u":["s","n"]}}}]]}],{"$i":134},["fs",{"o":[["workspaceOnly","b"]]}],["subagents",{"o":[["tools",{"o":[["allow",{"a":"s"}],["alsoAllow",{"a":"s"}],["deny",{"a":"s"}]]}]]}],["sandbox",{"o":[["tools",{"o":[["allow",{"a":"s"}],["alsoAllow",{"a":"s"}],["deny",{"a":"s"}]]}]]}],["sessions_spawn",{"o":[["attachments",{"o":[["enabled","b"],["maxTotalBytes","n"],["maxFiles","n"],["maxFileBytes","n"],["retainOnSessionKeep","b"]]}]]}],["updatePlan","b"]]}],["security",{"o":[["audit",{"o":[["suppressions",{"a":{"o":[["checkId",{"c":[["min",1]],"of":"s"},1],["titleIncludes",{"c":[["min",1]],"of":"s"}],["detailIncludes",{"c":[["min",1]],"of":"s"}],["reason",{"c":[["min",1]],"of":"s"}]]}}]]}],["installPolicy",{"o":[["enabled","b"],["targets",{"c":[["min",1]],"of":{"a":{"u":[{"l":["skill"]},{"l":["plugin"]}]}}}],["exec",{"o":[["source",{"l":["exec"]},1],["command",{"c":[["min",1]],"of":"s"},1],["args",{"a":"s"}],["timeoutMs",{"c":[["int"],["gt",1,1]],"of":"n"}],["noOutputTimeoutMs",{"c":[["int"],["gt",1,1]],"of":"n"}],["maxOutputBytes",{"c":[["int"],["gt",1,1]],"of":"n"}],["env",{"r":"s"}],["passEnv",{"a":"s"}],["trustedDirs",{"a":"s"}]]}]]}]]}],["bindings",{"a":{"u":[{"o":[["type",{"l":["route"]}],["agentId","s",1],["comment","s"],{"$i":171},["session",{"o":[["dmScope",{"e":["main","per-peer","per-channel-peer","per-account-channel-peer"]}],["groupScope",{"e":["main","per-group"]}]]}]]},{"o":[["type",{"l":["acp"]},1],["agentId","s",1],["comment","s"],{"$i":171},["acp",{"o":[["mode",{"e":["persistent","oneshot"]}],["label","s"],["cwd","s"],["backend","s"]]}]]}]}}],["broadcast",{"o":[["strategy",{"e":["parallel","sequential"]}]],"x":{"u":[{"a":"s"},{"o":[["agents",{"c":[["max",16]],"of":{"a":"s"}},1],["mentionGating","b"],["maxRounds",{"c":[["int"],["gt",1,1],["lt",4,1]],"of":"n"}],["maxTurns",{"c":[["int"],["gt",1,1],["lt",32,1]],"of":"n"}]]}]}}],["attachments",{"o":[["ttlHours",{"c":[["int"],["gt",1,1],["lt",168,1]],"of":"n"}]]}],["messages",{"o":[["visibleReplies",{"u":[{"e":["automatic","message_tool"]},"b"]}],["responsePrefix","s"],["usageTemplate",{"u":["s",{"r":"*"}]}],["responseUsage",{"u":[{"e":["on","off","tokens","full"]},{"r":{"e":["on","off","tokens","full"]}}]}],["groupChat",{"o":[["mentionPatterns",{"a":"s"}],["historyLimit",{"c":[["int"],["gt",0,1]],"of":"n"}],["unmentionedInbound",{"e":["user_request","room_event"]}],["visibleReplies",{"u":[{"e":["automatic","message_tool"]},"b"]}]]}],["queue",{"o":[["mode",{"u":[{"l":["steer"]},{"l":["followup"]},{"l":["collect"]},{"l":["interrupt"]}]}],["byChannel",{"o":[["whatsapp",{"u":[{"l":["steer"]},{"l":["followup"]},{"l":["collect"]},{"l":["interrupt"]}]}],["telegram",{"u":[{"l":["steer"]},{"l":["followup"]},{"l":["collect"]},{"l":["interrupt"]}]}],["discord",{"u":[{"l":["steer"]},{"l":["followup"]},{"l":["collect"]},{"l":["interrupt"]}]}],["irc",{"u":[{"l":["steer"]},{"l":["followup"]},{"l":["collect"]},{"l":["interrupt"]}]}],["googlechat",{"u":[{"l":["steer"]},{"l":["followup"]},{"l":["collect"]},{"l":["interrupt"]}]}],["slack",{"u":[{"l":["steer"]},{"l":["followup"]},{"l":["collect"]},{"l":["interrupt"]}]}],["mattermost",{"u":[{"l":["steer"]},{"l":["followup"]},{"l":["collect"]},{"l":["interrupt"]}]}],["signal",{"u":[{"l":["steer"]},{"l":["followup"]},{"l":["collect"]},{"l":["interrupt"]}]}],["imessage",{"u":[{"l":["steer"]},{"l":["followup"]},{"l":["collect"]},{"l":["interrupt"]}]}],["msteams",{"u":[{"l":["steer"]},{"l":["followup"]},{"l":["collect"]},{"l":["interrupt"]}]}],["webchat",{"u":[{"l":["steer"]},{"l":["followup"]},{"l":["collect"]},{"l":["interrupt"]}]}],["matrix",{"u":[{"l":["steer"]},{"l":["followup"]},{"l":["collect"]},{"l":["interrupt"]}]}]]}],["debounceMsByChannel",{"r":{"c":[["int"],["gt",0,1]],"of":"n"}}],["cap",{"c":[["int"],["gt",0,0]],"of":"n"}],["drop",{"u":[{"l":["old"]},{"l":["new"]},{"l":["summarize"]}]}]]}],["inbound",{"o":[["debounceMs",{"c":[["int"],["gt",0,1]],"of":"n"}],["byChannel",{"r":{"c":[["int"],["gt",0,1]],"of":"n"}}]]}],["ackReaction","s"],["ackReactionScope",{"e":["group-mentions","group-all","direct","all","off","none"]}],["statusReactions",{"o":[["enabled","b"]]}]]}],["tts",{"o":[["auto",{"e":["off","always","inbound","tagged"]}],["enabled","b"],["mode",{"e":["final","all"]}],["provider",{"c":[["min",1]],"of":"s"}],["persona","s"],{"$i":109},["summaryModel","s"],{"$i":117},{"$i":113},["maxTextLength",{"c":[["int"],["gt",1,1]],"of":"n"}],["timeoutMs",{"c":[["int"],["gt",1000,1],["lt",120000,1]],"of":"n"}]]}],["commands",{"o":[["native",{"u":["b",{"l":["auto"]}]},0,"auto"],["nativeSkills",{"u":["b",{"l":["auto"]}]},0,"auto"],["text","b"],["bash","b"],["bashForegroundMs",{"c":[["int"],["gt",0,1],["lt",30000,1]],"of":"n"}],["config","b"],["mcp","b"],["plugins","b"],["debug","b"],["restart","b",0,true],["ownerAllowFrom",{"a":{"u":["s","n"]}}],["allowFrom",{"r":{"a":{"u":["s","n"]}}}]]},0,{"native":"auto","nativeSkills":"auto","restart":true}],["approvals",{"o":[["exec",{"$i":174}],["plugin",{"$i":174}]]}],["session",{"o":[["scope",{"u":[{"l":["per-sender"]},{"l":["global"]}]}],["dmScope",{"e":["main","per-peer","per-channel-peer","per-account-channel-peer"]}],["groupScope",{"e":["main","per-group"]}],["notifyOnCreate","b"],["identityLinks",{"r":{"a":"s"}}],["resetTriggers",{"a":"s"}],["reset",{"$i":180}],["resetByType",{"o":[["direct",{"$i":180}],["group",{"$i":180}],["thread",{"$i":180}]]}],["resetByChannel",{"r":{"$i":180}}],["store","s"],["mainKey","s"],["sendPolicy",{"$i":159}],["threadBindings",{"o":[["enabled","b"],["idleHours",{"c":[["gt",0,1]],"of":"n"}],["maxAgeHours",{"c":[["gt",0,1]],"of":"n"}],["spawnSessions","b"],["defaultSpawnContext",{"e":["isolated","fork"]}]]}],["sharing",{"o":[["readOnly","b"],["suggest","b"],["drafts","b"]]}],["maintenance",{"o":[["mode",{"e":["enforce","warn"]}],["coldStorage",{"o":[["enabled","b"],["afterDays",{"c":[["int"],["gt",0,0]],"of":"n"}]]}],["pruneAfter",{"u":["s","n"]}],["archiveDashboardAfter",{"u":[{"u":["s","n"]},{"l":[false]},{"l":[0]}]}],["maxEntries",{"c":[["int"],["gt",0,0]],"of":"n"}],["preserveRecent",{"u":[{"u":["s","n"]},{"l":[false]}]}],["resetArchiveRetention",{"u":[{"u":["s","n"]},{"l":[false]}]}],["maxDiskBytes",{"u":["s","n",{"l":[false]}]}],["highWaterBytes",{"u":["s","n"]}]]}]]}],["cron",{"o":[["enabled","b"],["skipMissedJobs","b"],["triggers",{"o":[["enabled","b"]]}],["webhookToken",{"$i":4}],["webhookSsrfPolicy",{"$i":1}],["sessionRetention",{"u":["s",{"l":[false]}]}],["failureAlert",{"o":[["enabled","b"],["after",{"c":[["int"],["gt",1,1]],"of":"n"}],["cooldownMs",{"c":[["int"],["gt",0,1]],"of":"n"}],["includeSkipped","b"],["mode",{"e":["announce","webhook"]}],["accountId","s"],["channel","s"],["to","s"]]}]]}],["transcripts",{"o":[["enabled","b"],["autoStart",{"a":{"o":[["providerId",{"c":[["min",1]],"of":"s"},1],["whenOccupied","b"],["sessionId",{"c":[["min",1]],"of":"s"}],["title",{"c":[["min",1]],"of":"s"}],["accountId",{"c":[["min",1]],"of":"s"}],["guildId",{"c":[["min",1]],"of":"s"}],["channelId",{"c":[["min",1]],"of":"s"}],["meetingUrl",{"c":[["min",1]],"of":"s"}]]}}]]}],["hooks",{"o":[["enabled","b"],["path","s"],["token","s"],["defaultSessionKey","s"],["allowRequestSessionKey","b"],["allowedSessionKeyPrefixes",{"a":"s"}],["allowedAgentIds",{"a":"s"}],["presets",{"a":"s"}],["transformsDir","s"],["mappings",{"a":{"o":[["id","s"],["match",{"o":[["path","s"],["source","s"]],"x":0}],["action",{"u":[{"l":["wake"]},{"l":["agent"]}]}],["wakeMode",{"u":[{"l":["now"]},{"l":["next-heartbeat"]}]}],["name","s"],["agentId","s"],["sessionKey","s"],["sessionMode",{"u":[{"l":["isolated"]},{"l":["persistent"]}]}],["messageTemplate","s"],["textTemplate","s"],["forEach",{"c":[["regex","^[^.[\\\\]]+$","","forEach must be a top-level payload key"]],"of":"s"}],["deliver","b"],["allowUnsafeExternalContent","b"],["channel",{"c":[["trim"],["min",1]],"of":"s"}],["to","s"],["model","s"],["thinking","s"],["timeoutSeconds",{"c":[["int"],["gt",0,0]],"of":"n"}],["transform",{"o":[["module","s",1],["export","s"]]}]]}}],["gmail",{"o":[["account","s"],["label","s"],["topic","s"],["subscription","s"],["pushToken","s"],["hookUrl","s"],["includeBody","b"],["maxBytes",{"c":[["int"],["gt",0,0]],"of":"n"}],["renewEveryMinutes",{"c":[["int"],["gt",0,0]],"of":"n"}],["allowUnsafeExternalContent","b"],["serve",{"o":[["bind","s"],["port",{"c":[["int"],["gt",0,0]],"of":"n"}],["path","s"]]}],["tailscale",{"o":[["mode",{"u":[{"l":["off"]},{"l":["serve"]},{"l":["funnel"]}]}],["path","s"],["target","s"]]}],["model","s"],["thinking",{"u":[{"l":["off"]},{"l":["minimal"]},{"l":["low"]},{"l":["medium"]},{"l":["high"]}]}]]}],["internal",{"o":[["enabled","b"],["entries",{"r":{"o":[["enabled","b"],["env",{"r":"s"}]],"x":"*"}}],["load",{"o":[["extraDirs",{"a":"s"}]]}]]}]]}],["channels",{"o":[["defaults",{"o":[["groupPolicy",{"e":["open","disabled","allowlist"]}],["contextVisibility",{"e":["all","allowlist","allowlist_quote"]}],["heartbeatVisibility",{"o":[["showOk","b"],["showAlerts","b"],["useIndicator","b"]]}],["botLoopProtection",{"o":[["enabled","b"],["maxEventsPerWindow",{"c":[["int"],["gt",0,0]],"of":"n"}],["windowSeconds",{"c":[["int"],["gt",0,0]],"of":"n"}],["cooldownSeconds",{"c":[["int"],["gt",0,0]],"of":"n"}]]}],["implicitMentions",{"o":[["replyToBot","b"],["quotedBot","b"],["threadParticipation","b"]]}]]}],["modelByChannel",{"r":{"r":"s"}}]],"x":"*"}],["discovery",{"o":[["wideArea",{"o":[["domain","s"]]}],["mdns",{"o":[["mode",{"e":["off","minimal","full"]}]]}]]}],["talk",{"o":[["agentId",{"c":[["trim"],["min",1]],"of":"s"}],["provider","s"],{"$i":182},["realtime",{"o":[["provider","s"],{"$i":182},["model","s"],["speakerVoice","s"],["speakerVoiceId","s"],["instructions","s"],["mode",{"e":["realtime","stt-tts","transcription"]}],["transport",{"e":["webrtc","provider-websocket","gateway-relay","managed-room"]}],["vadThreshold",{"c":[["gt",0,1],["lt",1,1]],"of":"n"}],["silenceDurationMs",{"c":[["int"],["gt",0,0]],"of":"n"}],["prefixPaddingMs",{"c":[["int"],["gt",0,1]],"of":"n"}],["reasoningEffort",{"c":[["min",1]],"of":"s"}],["brain",{"e":["agent-consult","direct-tools","none"]}],["consultRouting",{"e":["provider-direct","force-agent-consult"]}]]}],["consultThinkingLevel",{"e":["off","minimal","low","medium","high","xhigh","adaptive","max","ultra"]}],["consultFastMode","b"],["speechLocale","s"],["interruptOnSpeech","b"],["silenceTimeoutMs",{"c":[["int"],["gt",0,0]],"of":"n"}]]}],["gateway",{"o":[["port",{"c":[["int"],["gt",1,1],["lt",65535,1]],"of":"n"}],["mode",{"u":[{"l":["local"]},{"l":["remote"]}]}],["bind",{"u":[{"l":["auto"]},{"l":["lan"]},{"l":["loopback"]},{"l":["custom"]},{"l":["tailnet"]}]}],["customBindHost","s"],["publicOrigin",{"c":[["url"]],"of":"s"}],["portals",{"o":[["ingress",{"o":[["domain","s",1],["port",{"c":[["int"],["gt",1,1],["lt",65535,1]],"of":"n"},1]]}]]}],["controlUi",{"o":[["dangerouslyDisableDeviceAuth","b"],["enabled","b"],["basePath","s"],["experimental",{"o":[["customPlugins","b"]]}],["root","s"],["environment",{"o":[["label",{"c":[["trim"],["min",1],["max",24]],"of":"s"},1],["color",{"e":["teal","amber","purple","coral","pink","blue","green","red","gray"]},1]]}],["communityInvite","b"],["github",{"o":[{"$i":185}]}],["sessionObserver","b"],["embedSandbox",{"u":[{"l":["strict"]},{"l":["scripts"]},{"l":["trusted"]}]}],["allowExternalEmbedUrls","b"],["automaticallyFetchFavicons","b"],["allowedOrigins",{"a":"s"}],["dangerouslyAllowHostHeaderOriginFallback","b"]]}],["cliAgents",{"o":[["enabled","b"]]}],["terminal",{"o":[["enabled","b"],["shell","s"],["detachedSessionTimeoutSeconds",{"c":[["int"],["gt",0,1]],"of":"n"}]]}],["auth",{"o":[["mode",{"u":[{"l":["none"]},{"l":["token"]},{"l":["password"]},{"l":["trusted-proxy"]}]}],{"$i":185},{"$i":186},["allowTailscale","b"],["identityScopes",{"r":{"$i":187}}],["rateLimit",{"o":[["maxAttempts","n"],["windowMs","n"],["lockoutMs","n"],["exemptLoopback","b"]]}],["trustedProxy",{"o":[["userHeader",{"c":[["min",1]],"of":"s"},1],["requiredHeaders",{"a":"s"}],["allowUsers",{"a":"s"}],["allowLoopback","b"],["cloudflareAccessOidc",{"o":[["issuer",{"c":[["regex","^https:\\\\/\\\\/[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?\\\\.cloudflareaccess\\\\.com$","u","Expected a Cloudflare Access HTTPS issuer origin without a trailing slash"]],"of":"s"},1],["providerId",{"c":[["trim"],["min",1]],"of":"s"},1],["githubAccountIdClaim",{"c":[["trim"],["min",1]],"of":"s"},1]]}],["deviceAutoApprove",{"o":[["enabled","b"],["scopes",{"a":{"c":[["min",1]],"of":"s"}}]]}]]}]]}],["roles",{"o":[["default",{"c":[["trim"],["min",1],["max",128]],"of":"s"},1],["definitions",{"r":{"o":[["sessions",{"o":[["others",{"e":["none","view","suggest","write"]},1]]},1],["sandbox",{"e":["inherit","required"]}],["agents",{"u":[{"l":["*"]},{"a":{"c":[["trim"],["min",1]],"of":"s"}}]},1],["scopes",{"$i":187},1],["accessPolicyPlugin",{"c":[["trim"],["min",1],["max",128]],"of":"s"}]]}},1]]}],["trustedProxies",{"a":"s"}],["allowRealIpFallback","b"],["tools",{"o":[["deny",{"a":"s"}],["allow",{"a":"s"}]]}],["tailscale",{"o":[["mode",{"u":[{"l":["off"]},{"l":["serve"]},{"l":["funnel"]}]}],["preserveFunnel","b"]]}],["remote",{"o":[["url","s"],["transport",{"u":[{"l":["ssh"]},{"l":["direct"]}]}],["remotePort",{"c":[["int"],["gt",1,1],["lt",65535,1]],"of":"n"}],{"$i":185},{"$i":186},["edgeAuth",{"$i":32}],["tlsFingerprint","s"],["sshTarget","s"],["sshIdentity","s"],["sshHostKeyPolicy",{"u":[{"l":["strict"]},{"l":["openssh"]}]}]]}],["reload",{"o":[["mode",{"u":[{"l":["off"]},{"l":["hybrid"]}]}]]}],["tls",{"o":[["enabled","b"],["autoGenerate","b"],["certPath","s"],["keyPath","s"],["caPath","s"]],"x":0}],["http",{"o":[["endpoints",{"o":[["chatCompletions",{"o":[["enabled","b"],{"$i":190}]}],["responses",{"o":[["enabled","b"],["maxUrlParts",{"c":[["int"],["gt",0,1]],"of":"n"}],["files",{"o":[["allowUrl","b"],["urlAllowlist",{"a":"s"}],["allowedMimes",{"a":"s"}],["maxBytes",{"c":[["int"],["gt",0,0]],"of":"n"}],["maxRedirects",{"c":[["int"],["gt",0,1]],"of":"n"}],["timeoutMs",{"c":[["int"],["gt",0,0]],"of":"n"}],["maxChars",{"c":[["int"],["gt",0,0]],"of":"n"}],["pdf",{"o":[["maxPages",{"c":[["int"],["gt",0,0]],"of":"n"}],["maxPixels",{"c":[["int"],["gt",0,0]],"of":"n"}],["minTextChars",{"c":[["int"],["gt",0,1]],"of":"n"}]]}]]}],{"$i":190}]}]]}],["securityHeaders",{"o":[["strictTransportSecurity",{"u":["s",{"l":[false]}]}]]}]]}],["push",{"o":[["apns",{"o":[["relay",{"o":[["baseUrl","s"],["timeoutMs",{"c":[["int"],["gt",0,0]],"of":"n"}]]}]]}]]}],["nodes",{"o":[["browser",{"o":[["mode",{"u":[{"l":["auto"]},{"l":["manual"]},{"l":["off"]}]}],["node","s"]]}],["pairing",{"o":[["autoApproveLocal","b"],["autoApproveCidrs",{"a":"s"}],["sshVerify",{"u":["b",{"o":[["user","s"],["identity","s"],["timeoutMs",{"c":[["int"],["gt",0,0]],"of":"n"}],["cidrs",{"a":"s"}]]}]}]]}],["pluginTools",{"o":[["enabled","b"]]}],["allowSkills","b"],["commands",{"o":[["allow",{"a":"s"}],["deny",{"a":"s"}]]}]]}]]}],["cloudWorkers",{"o":[["desktop","b"],["preparedPool",{"o":[["maxTotal",{"c":[["int"],["gt",0,1]],"of":"n"}]]}],["projectProfiles",{"r":{"c":[["min",1]],"of":"s"}}],["profiles",{"r":{"o":[["provider",{"c":[["trim"],["min",1]],"of":"s"},1],["install",{"e":["bundle","npm"]},0,"bundle"],["suspendAfter","s"],["readyWorkers",{"c":[["int"],["gt",0,1]],"of":"n"}],["settings",{"r":"*"}]]}}]]}],["desktop",{"o":[["host",{"o":[["enabled","b",1],["managed","b"],["port",{"c":[["int"],["gt",1,1],["lt",65535,1]],"of":"n"}],["passwordFile",{"c":[["trim"],["min",1]],"of":"s"}]]}]]}],["memory",{"o":[["citations",{"u":[{"l":["auto"]},{"l":["on"]},{"l":["off"]}]}],{"$i":97}]}],["mcp",{"o":[["sessionIdleTtlMs",{"c":[["gt",0,1]],"of":"n"}],{"$i":56},["apps",{"o":[["enabled","b"],["sandboxOrigin",{"c":[["url"]],"of":"s"}],["sandboxPort",{"c":[["int"],["gt",1,1],["lt",65535,1]],"of":"n"}]]}]]}],["skills",{"o":[["allowBundled",{"a":"s"}],["load",{"o":[["extraDirs",{"a":"s"}],["allowSymlinkTargets",{"a":"s"}],["watch","b"]]}],["install",{"o":[["preferBrew","b"],["nodeManager",{"u":[{"l":["npm"]},{"l":["pnpm"]},{"l":["yarn"]},{"l":["bun"]}]}],["allowUploadedArchives","b"]]}],["limits",{"o":[["maxCandidatesPerRoot",{"c":[["int"],["gt",1,1]],"of":"n"}],["maxSkillsLoadedPerSource",{"c":[["int"],["gt",1,1]],"of":"n"}],["maxSkillsInPrompt",{"c":[["int"],["gt",0,1]],"of":"n"}],["maxSkillsPromptChars",{"c":[["int"],["gt",0,1]],"of":"n"}],["maxSkillFileBytes",{"c":[["int"],["gt",0,1]],"of":"n"}]]}],["workshop",{"o":[["autonomous",{"o":[["mode",{"u":[{"l":["off"]},{"l":["propose"]},{"l":["auto"]}]}]]}],["approvalPolicy",{"u":[{"l":["pending"]},{"l":["auto"]}]}],["maxPending",{"c":[["int"],["gt",1,1]],"of":"n"}],["maxSkillBytes",{"c":[["int"],["gt",1,1]],"of":"n"}]]}],["entries",{"r":{"o":[["enabled","b"],{"$i":3},["env",{"r":"s"}],["config",{"r":"*"}]]}}]]}],["plugins",{"o":[["enabled","b"],["allow",{"a":"s"}],["deny",{"a":"s"}],["load",{"o":[["paths",{"a":"s"}]]}],["slots",{"o":[["memory","s"],["contextEngine","s"]]}],["entries",{"r":{"o":[["enabled","b"],["hooks",{"o":[["allowPromptInjection","b"],["allowConversationAccess","b"],["timeoutMs",{"c":[["int"],["gt",0,0],["lt",600000,1]],"of":"n"}],["timeouts",{"r":{"c":[["int"],["gt",0,0],["lt",600000,1]],"of":"n"}}]]}],["subagent",{"o":[["allowModelOverride","b"],["allowedModels",{"a":"s"}]]}],["llm",{"o":[["allowModelOverride","b"],["allowedModels",{"a":"s"}],["allowedCompletionModels",{"a":"s"}],["allowAuthProfileOverride","b"],["allowAgentIdOverride","b"]]}],["config",{"r":"*"}]]}}]]}],["surfaces",{"r":{"o":[{"$i":74}]}}],["proxy",{"o":[["enabled","b"],["proxyUrl","s"],["tls",{"o":[["caFile",{"c":[["min",1]],"of":"s"}]]}],["loopbackMode",{"e":["gateway-only","proxy","block"]}]]}]]},"shared":[["ssrfPolicy",{"$i":1}],{"o":{"$i":2}},[["dangerouslyAllowPrivateNetwork","b"],["allowRfc2544BenchmarkRange","b"],["allowIpv6UniqueLocalRange","b"],["allowedHostnames",{"a":"s"}],["blockedHostnames",{"a":"s"}]],["apiKey",{"$i":4}],{"u":{"$i":5}},["s",{"$i":6}],{"u":{"$i":7}},[{"$i":8},{"$i":18},{"$i":20},{"$i":22}],{"o":{"$i":9}},[["source",{"l":["env"]},1],{"$i":10},{"$i":14}],["provider",{"$i":11},1],{"c":{"$i":12},"of":"s"},[{"$i":13}],["regex","^[a-z][a-z0-9_-]{0,63}$","","Secret reference provider must match /^[a-z][a-z0-9_-]{0,63}$/ (example: \\"default\\")."],["id",{"$i":15},1],{"c":{"$i":16},"of":"s"},[{"$i":17}],["regex","^[A-Z][A-Z0-9_]{0,127}$","","Env secret reference id must match /^[A-Z][A-Z0-9_]{0,127}$/ (example: \\"OPENAI_API_KEY\\")."],{"o":{"$i":19}},[["source",{"l":["file"]},1],{"$i":10},["id",{"c":[["fileSecretId"]],"of":"s"},1]],{"o":{"$i":21}},[["source",{"l":["exec"]},1],{"$i":10},["id",{"c":[["execSecretId"]],"of":"s"},1]],{"o":{"$i":23}},[["source",{"l":["store"]},1],{"$i":10},{"$i":24}],["id",{"$i":25},1],{"c":{"$i":26},"of":"s"},[{"$i":27}],["regex","^[A-Z][A-Z0-9_]{0,127}$","","Store secret reference id must match /^[A-Z][A-Z0-9_]{0,127}$/ (example: \\"OPENAI_API_KEY\\")."],["api",{"$i":29}],{"e":{"$i":30}},["openai-completions","openai-responses","openai-chatgpt-responses","anthropic-messages","google-generative-ai","google-vertex","github-copilot","bedrock-converse-stream","ollama","pi-messages","azure-openai-responses"],["headers",{"$i":32}],{"r":{"$i":4}},["auth",{"$i":34}],{"u":{"$i":35}},[{"o":[["mode",{"l":["provider-default"]},1]]},{"$i":36},{"$i":39}],{"o":{"$i":37}},[["mode",{"l":["authorization-bearer"]},1],{"$i":38}],["token",{"$i":4},1],{"o":{"$i":40}},[["mode",{"l":["header"]},1],["headerName",{"c":[["min",1]],"of":"s"},1],{"$i":41},["prefix","s"]],["value",{"$i":4},1],["proxy",{"$i":43}],{"u":{"$i":44}},[{"$i":45},{"$i":54}],{"o":{"$i":46}},[["mode",{"l":["env-proxy"]},1],{"$i":47}],["tls",{"$i":48}],{"o":{"$i":49}},[{"$i":50},{"$i":51},{"$i":52},{"$i":53},["serverName","s"],["insecureSkipVerify","b"]],["ca",{"$i":4}],["cert",{"$i":4}],["key",{"$i":4}],["passphrase",{"$i":4}],{"o":{"$i":55}},[["mode",{"l":["explicit-proxy"]},1],["url",{"c":[["min",1]],"of":"s"},1],{"$i":47}],["servers",{"$i":57}],{"r":{"$i":58}},{"o":{"$i":59},"x":"*"},[["enabled","b"],["command","s"],["args",{"a":"s"}],["env",{"r":{"u":["s","n","b"]}}],["cwd","s"],["url",{"c":[["url"],["httpUrl"]],"of":"s"}],["transport",{"u":[{"l":["stdio"]},{"l":["sse"]},{"l":["streamable-http"]}]}],["headers",{"r":{"u":["s","n","b"]}}],["connectionTimeoutMs",{"c":[["gt",0,0]],"of":"n"}],["requestTimeoutMs",{"c":[["gt",0,0]],"of":"n"}],["supportsParallelToolCalls","b"],["auth",{"l":["oauth"]}],{"$i":60},["sslVerify","b"],["clientCert","s"],["clientKey","s"],{"$i":63},{"$i":66}],["oauth",{"$i":61}],{"o":{"$i":62}},[["identity",{"e":["shared","per-requester"]}],["authProfileId",{"c":[["trim"],["min",1]],"of":"s"}],["scope",{"c":[["trim"],["min",1]],"of":"s"}],["redirectUrl",{"c":[["url"],["httpUrl"]],"of":"s"}],["clientMetadataUrl",{"c":[["url"]],"of":"s"}]],["toolFilter",{"$i":64}],{"o":{"$i":65}},[["include",{"c":[["min",1]],"of":{"a":{"c":[["trim"],["min",1]],"of":"s"}}}],["exclude",{"c":[["min",1]],"of":{"a":{"c":[["trim"],["min",1]],"of":"s"}}}]],["codex",{"$i":67}],{"o":{"$i":68}},[["agents",{"c":[["min",1]],"of":{"a":{"c":[["trim"],["regex","^[a-z0-9][a-z0-9_-]{0,63}$","i"]],"of":"s"}}}],["defaultToolsApprovalMode",{"e":["auto","prompt","approve"]}]],["models",{"$i":70}],{"r":{"$i":71}},{"o":{"$i":72}},[["alias","s"],["params",{"r":"*"}],["agentRuntime",{"o":[["id","s"]]}],{"$i":73},["codeMode","b"],["streaming","b"]],["pickerRuntimes",{"c":[["max",8]],"of":{"a":{"c":[["trim"],["min",1],["max",128],["regex","^[a-z][a-z0-9-]*$",""]],"of":"s"}}}],["silentReply",{"o":[["group",{"u":[{"l":["allow"]},{"l":["disallow"]}]}],["internal",{"u":[{"l":["allow"]},{"l":["disallow"]}]}]]}],["contextLimits",{"$i":76}],{"o":{"$i":77}},[["memoryGetMaxChars",{"c":[["int"],["gt",1,1],["lt",250000,1]],"of":"n"}],["postCompactionMaxChars",{"c":[["int"],["gt",1,1],["lt",50000,1]],"of":"n"}]],["humanDelay",{"$i":79}],{"o":{"$i":80}},[["mode",{"u":[{"l":["off"]},{"l":["natural"]},{"l":["custom"]}]}],["minMs",{"c":[["int"],["gt",0,1]],"of":"n"}],["maxMs",{"c":[["int"],["gt",0,1]],"of":"n"}]],["sandbox",{"$i":82}],{"o":{"$i":83}},[["mode",{"u":[{"l":["off"]},{"l":["non-main"]},{"l":["all"]}]}],["backend",{"c":[["min",1]],"of":"s"}],["workspaceAccess",{"u":[{"l":["none"]},{"l":["ro"]},{"l":["rw"]}]}],["sessionToolsVisibility",{"u":[{"l":["spawned"]},{"l":["all"]}]}],["scope",{"u":[{"l":["session"]},{"l":["agent"]},{"l":["shared"]}]}],["workspaceRoot","s"],{"$i":84},{"$i":88},{"$i":94},["prune",{"o":[["idleHours",{"c":[["int"],["gt",0,1]],"of":"n"}],["maxAgeDays",{"c":[["int"],["gt",0,1]],"of":"n"}]]}]],["docker",{"$i":85}],{"o":{"$i":86}},[["image","s"],["containerPrefix","s"],["workdir","s"],["readOnlyRoot","b"],["tmpfs",{"a":"s"}],["network","s"],["user","s"],["capDrop",{"a":"s"}],["env",{"r":"s"}],["setupCommand",{"u":["s",{"a":"s"}]}],["pidsLimit",{"c":[["int"],["gt",0,0]],"of":"n"}],["memory",{"u":["s","n"]}],["memorySwap",{"u":["s","n"]}],["cpus",{"c":[["gt",0,0]],"of":"n"}],["gpus",{"c":[["min",1]],"of":"s"}],{"$i":87},["seccompProfile","s"],["apparmorProfile","s"],["dns",{"a":"s"}],["extraHosts",{"a":"s"}],["binds",{"a":"s"}],["dangerouslyAllowReservedContainerTargets","b"],["dangerouslyAllowExternalBindSources","b"],["dangerouslyAllowContainerNamespaceJoin","b"]],["ulimits",{"r":{"u":["s","n",{"o":[["soft",{"c":[["int"],["gt",0,1]],"of":"n"}],["hard",{"c":[["int"],["gt",0,1]],"of":"n"}]]}]}}],["ssh",{"$i":89}],{"o":{"$i":90}},[["target",{"c":[["min",1]],"of":"s"}],["command",{"c":[["min",1]],"of":"s"}],["workspaceRoot",{"c":[["min",1]],"of":"s"}],["strictHostKeyChecking","b"],["updateHostKeys","b"],["identityFile",{"c":[["min",1]],"of":"s"}],["certificateFile",{"c":[["min",1]],"of":"s"}],["knownHostsFile",{"c":[["min",1]],"of":"s"}],{"$i":91},{"$i":92},{"$i":93}],["identityData",{"$i":4}],["certificateData",{"$i":4}],["knownHostsData",{"$i":4}],["browser",{"$i":95}],{"o":{"$i":96}},[["enabled","b"],["image","s"],["containerPrefix","s"],["network","s"],["cdpPort",{"c":[["int"],["gt",0,0]],"of":"n"}],["cdpSourceRange","s"],["vncPort",{"c":[["int"],["gt",0,0]],"of":"n"}],["noVncPort",{"c":[["int"],["gt",0,0]],"of":"n"}],["headless","b"],["noVncEnabled","b"],["allowHostControl","b"],["autoStart","b"],["autoStartTimeoutMs",{"c":[["int"],["gt",0,0]],"of":"n"}],["binds",{"a":"s"}]],["search",{"$i":98}],{"o":{"$i":99}},[["enabled","b"],["rememberAcrossConversations","b"],["sources",{"a":{"u":[{"l":["memory"]},{"l":["sessions"]}]}}],["extraPaths",{"a":{"u":["s",{"o":[["path","s",1],["pattern","s"]]}]}}],{"$i":100},["experimental",{"o":[["sessionMemory","b"]]}],["provider","s"],{"$i":103},["fallback","s"],["model","s"],["inputType",{"c":[["min",1]],"of":"s"}],["queryInputType",{"c":[["min",1]],"of":"s"}],["documentInputType",{"c":[["min",1]],"of":"s"}],["outputDimensionality",{"c":[["int"],["gt",0,0]],"of":"n"}],["local",{"o":[["modelPath","s"]]}],{"$i":106},["query",{"o":[["maxResults",{"c":[["int"],["gt",0,0]],"of":"n"}],["minScore",{"c":[["gt",0,1],["lt",1,1]],"of":"n"}]]}],["cache",{"o":[["enabled","b"]]}]],["multimodal",{"$i":101}],{"o":{"$i":102}},[["enabled","b"],["modalities",{"a":{"u":[{"l":["image"]},{"l":["audio"]},{"l":["all"]}]}}],["maxFileBytes",{"c":[["int"],["gt",0,0]],"of":"n"}]],["remote",{"$i":104}],{"o":{"$i":105}},[["baseUrl","s"],{"$i":3},["headers",{"r":"s"}],["batch",{"o":[["enabled","b"]]}]],["store",{"$i":107}],{"o":{"$i":108}},[["fts",{"o":[["tokenizer",{"u":[{"l":["unicode61"]},{"l":["trigram"]}]}]]}],["vector",{"o":[["enabled","b"],["extensionPath","s"]]}]],["personas",{"$i":110}],{"r":{"$i":111}},{"o":{"$i":112}},[["label","s"],["description","s"],["provider",{"c":[["min",1]],"of":"s"}],["fallbackPolicy",{"u":[{"l":["preserve-persona"]},{"l":["provider-defaults"]},{"l":["fail"]}]}],{"$i":113}],["providers",{"$i":114}],{"r":{"$i":115}},{"o":{"$i":116},"x":{"u":["s","n","b","z",{"a":"*"},{"r":"*"}]}},[{"$i":3}],["modelOverrides",{"$i":118}],{"o":{"$i":119}},[["enabled","b"],["allowText","b"],["allowProvider","b"],["allowVoice","b"],["allowModelId","b"],["allowVoiceSettings","b"],["allowNormalization","b"],["allowSeed","b"]],["byProvider",{"$i":121}],{"r":{"$i":122}},{"o":{"$i":123}},[["allow",{"a":"s"}],["alsoAllow",{"a":"s"}],["deny",{"a":"s"}],["profile",{"u":[{"l":["minimal"]},{"l":["coding"]},{"l":["messaging"]},{"l":["full"]}]}]],["codeMode",{"$i":125}],{"u":{"$i":126}},["b",{"l":["auto"]},{"$i":127}],{"o":{"$i":128}},[["enabled",{"u":["b",{"l":["auto"]}]}],["executor",{"e":["node","quickjs"]}],["mode",{"l":["only"]}],["timeoutMs",{"c":[["int"],["gt",0,0]],"of":"n"}],["memoryLimitBytes",{"c":[["int"],["gt",0,0]],"of":"n"}],["maxOutputBytes",{"c":[["int"],["gt",0,0]],"of":"n"}],["maxSnapshotBytes",{"c":[["int"],["gt",0,0]],"of":"n"}],["maxPendingToolCalls",{"c":[["int"],["gt",0,0]],"of":"n"}],["snapshotTtlSeconds",{"c":[["int"],["gt",0,0]],"of":"n"}],["searchDefaultLimit",{"c":[["int"],["gt",0,0]],"of":"n"}],["maxSearchLimit",{"c":[["int"],["gt",0,0]],"of":"n"}]],["swarm",{"$i":130}],{"u":{"$i":131}},["b",{"$i":132}],{"o":{"$i":133}},[["enabled","b"],["maxConcurrent",{"c":[["int"],["gt",0,0]],"of":"n"}],["maxChildrenPerGroup",{"c":[["int"],["gt",0,0]],"of":"n"}],["maxTotalPerGroup",{"c":[["int"],["gt",0,0]],"of":"n"}],["waitTimeoutSecondsMax",{"c":[["int"],["gt",0,0]],"of":"n"}],["defaultAgentId","s"]],["exec",{"$i":135}],{"o":{"$i":136}},[["host",{"e":["auto","sandbox","gateway","node"]}],["mode",{"e":["deny","allowlist","ask","auto","full"]}],["security",{"e":["deny","allowlist","full"]}],["ask",{"e":["off","on-miss","always"]}],["node","s"],["pathPrepend",{"a":"s"}],["safeBins",{"a":"s"}],["strictInlineEval","b"],["commandHighlighting","b"],["grantExpiryDays",{"c":[["int"],["gt",1,1],["lt",3650,1]],"of":"n"}],["safeBinTrustedDirs",{"a":"s"}],{"$i":137},{"$i":141},["backgroundMs",{"c":[["int"],["gt",0,0]],"of":"n"}],["approvalRunningNoticeMs",{"c":[["int"],["gt",0,1]],"of":"n"}],["timeoutSeconds",{"c":[["int"],["gt",0,0]],"of":"n"}],["cleanupMs",{"c":[["int"],["gt",0,0]],"of":"n"}],["notifyOnExit","b"],["notifyOnExitEmptySuccess","b"],["applyPatch",{"o":[["enabled","b"],["workspaceOnly","b"],["allowModels",{"a":"s"}]]}]],["safeBinProfiles",{"$i":138}],{"r":{"$i":139}},{"o":{"$i":140}},[["minPositional",{"c":[["int"],["gt",0,1]],"of":"n"}],["maxPositional",{"c":[["int"],["gt",0,1]],"of":"n"}],["allowedValueFlags",{"a":"s"}],["deniedFlags",{"a":"s"}]],["reviewer",{"$i":142}],{"o":{"$i":143}},[["model",{"u":["s",{"o":[["primary","s"],["fallbacks",{"a":"s"}]]}]}],["thinking",{"e":["minimal","low","medium","high","xhigh","max"]}],["fastMode","b"],["timeoutMs",{"c":[["int"],["gt",0,0]],"of":"n"}]],["github",{"$i":145}],{"o":{"$i":146}},[["profileId",{"c":[["regex","^ghp_[a-f0-9]{32}$","u"]],"of":"s"},1],["kind",{"l":["oauth"]}],["gitAuthor",{"o":[["name",{"c":[["trim"],["min",1]],"of":"s"}],["email",{"c":[["trim"],["min",1]],"of":"s"}]]}]],["message",{"$i":148}],{"o":{"$i":149}},[{"$i":150},["actions",{"o":[["allow",{"a":"s"}]]}],["broadcast",{"o":[["enabled","b"]]}]],["crossContext",{"$i":151}],{"o":{"$i":152}},[["allowWithinProvider","b"],["allowAcrossProviders","b"],["marker",{"o":[["enabled","b"],["prefix","s"],["suffix","s"]]}]],["request",{"$i":154}],{"o":{"$i":155}},[{"$i":31},{"$i":33},{"$i":42},{"$i":47}],{"o":{"$i":157}},[["enabled","b"],["preferredModel",{"c":[["trim"],["min",1]],"of":"s"}],{"$i":158},["maxBytes",{"c":[["int"],["gt",0,0]],"of":"n"}],["maxChars",{"c":[["int"],["gt",0,0]],"of":"n"}],["prompt","s"],["timeoutSeconds",{"c":[["int"],["gt",0,0]],"of":"n"}],["language","s"],["providerOptions",{"r":{"r":{"u":["s","n","b"]}}}],["baseUrl","s"],["headers",{"r":"s"}],{"$i":153},{"$i":168}],["scope",{"$i":159}],{"o":{"$i":160}},[["default",{"u":[{"l":["allow"]},{"l":["deny"]}]}],{"$i":161}],["rules",{"$i":162}],{"a":{"$i":163}},{"o":{"$i":164}},[["action",{"u":[{"l":["allow"]},{"l":["deny"]}]},1],{"$i":165}],["match",{"$i":166}],{"o":{"$i":167}},[["channel","s"],["chatType",{"u":[{"l":["direct"]},{"l":["group"]},{"l":["channel"]}]}],["keyPrefix","s"],["rawKeyPrefix","s"]],["attachments",{"$i":169}],{"o":{"$i":170}},[["mode",{"u":[{"l":["first"]},{"l":["all"]}]}],["maxAttachments",{"c":[["int"],["gt",0,0]],"of":"n"}],["prefer",{"u":[{"l":["first"]},{"l":["last"]},{"l":["path"]},{"l":["url"]}]}]],["match",{"$i":172},1],{"o":{"$i":173}},[["channel","s",1],["accountId","s"],["peer",{"o":[["kind",{"u":[{"l":["direct"]},{"l":["group"]},{"l":["channel"]}]},1],["id","s",1]]}],["guildId","s"],["teamId","s"],["roles",{"a":"s"}]],{"o":{"$i":175}},[["enabled","b"],["mode",{"u":[{"l":["session"]},{"l":["targets"]},{"l":["both"]}]}],["agentFilter",{"a":"s"}],["sessionFilter",{"a":"s"}],{"$i":176}],["targets",{"$i":177}],{"a":{"$i":178}},{"o":{"$i":179}},[["channel",{"c":[["min",1]],"of":"s"},1],["to",{"c":[["min",1]],"of":"s"},1],["accountId","s"],["threadId",{"u":["s","n"]}]],{"o":{"$i":181}},[["mode",{"u":[{"l":["none"]},{"l":["daily"]},{"l":["idle"]}]}],["atHour",{"c":[["int"],["gt",0,1],["lt",23,1]],"of":"n"}],["idleMinutes",{"c":[["int"],["gt",0,0]],"of":"n"}]],["providers",{"$i":183}],{"r":{"$i":184}},{"o":{"$i":116},"x":"*"},["token",{"$i":4}],["password",{"$i":4}],{"a":{"$i":188}},{"e":{"$i":189}},["operator.admin","operator.read","operator.write","operator.sessions.read","operator.sessions.write","operator.approvals","operator.questions","operator.pairing","operator.talk","operator.talk.secrets"],["images",{"$i":191}],{"o":{"$i":192}},[["allowUrl","b"],["urlAllowlist",{"a":"s"}],["allowedMimes",{"a":"s"}],["maxBytes",{"c":[["int"],["gt",0,0]],"of":"n"}],["maxRedirects",{"c":[["int"],["gt",0,1]],"of":"n"}],["timeoutMs",{"c":[["int"],["gt",0,0]],"of":"n"}]]]}';
/** { schemas: id -> JSON schema, shared: [subschema], installable: id -> plugin id, aliases }, JSON. */
const CHANNEL_SCHEMAS_JSON = '{"schemas":{"a2a":{"type":"object","properties":{"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"advertisedUrl":{"allOf":[{"type":"string"},{"type":"string","pattern":"^https?:\\\\/\\\\/"}]},"replyTimeoutMs":{"type":"integer","minimum":5000,"maximum":600000},"rateLimitPerMinute":{"type":"integer","minimum":0,"maximum":9007199254740991},"exposeAgents":{"type":"array","items":{"type":"string"}},"peers":{"type":"object","propertyNames":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,63}$"},"additionalProperties":{"type":"object","properties":{"token":{"type":"string","minLength":1},"url":{"allOf":[{"type":"string"},{"type":"string","pattern":"^https?:\\\\/\\\\/"}]},"outboundToken":{"type":"string","minLength":1}},"required":["token"],"additionalProperties":false}}},"additionalProperties":false},"buzz":{"type":"object","properties":{"name":{"type":"string"},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"responsePrefix":{"type":"string"},"replyToMode":{"type":"string","enum":["off","all"]},"markdown":{"$i":0},"relayUrl":{"allOf":[{"type":"string"},{"type":"string","pattern":"^[wW][sS][sS]?:\\\\/\\\\/"}]},"privateKey":{"$i":1},"authTag":{"$i":1},"groupPolicy":{"default":"allowlist","type":"string","enum":["open","disabled","allowlist"]},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"groups":{"$i":13},"historyLimit":{"type":"integer","minimum":0,"maximum":20},"defaultTo":{"type":"string"},"accounts":{"type":"object","propertyNames":{"type":"string","pattern":"^(?!(?:constructor|prototype)$)[a-z0-9][a-z0-9_-]{0,63}$"},"additionalProperties":{"type":"object","properties":{"name":{"type":"string"},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"responsePrefix":{"type":"string"},"replyToMode":{"type":"string","enum":["off","all"]},"markdown":{"$i":0},"relayUrl":{"allOf":[{"type":"string"},{"type":"string","pattern":"^[wW][sS][sS]?:\\\\/\\\\/"}]},"privateKey":{"$i":1},"authTag":{"$i":1},"groupPolicy":{"type":"string","enum":["open","disabled","allowlist"]},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"groups":{"$i":13},"historyLimit":{"type":"integer","minimum":0,"maximum":20},"defaultTo":{"type":"string"}},"additionalProperties":false}},"defaultAccount":{"type":"string","pattern":"^(?!(?:constructor|prototype)$)[a-z0-9][a-z0-9_-]{0,63}$"}},"required":["groupPolicy"],"additionalProperties":false},"clickclack":{"type":"object","properties":{"name":{"type":"string"},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"responsePrefix":{"type":"string"},"baseUrl":{"type":"string"},"apiBaseUrl":{"type":"string"},"token":{"$i":1},"tokenFile":{"type":"string"},"workspace":{"type":"string"},"botUserId":{"type":"string"},"agentId":{"type":"string"},"replyMode":{"type":"string","enum":["agent","model"]},"model":{"type":"string"},"systemPrompt":{"type":"string"},"toolsAllow":{"type":"array","items":{"type":"string"}},"defaultTo":{"type":"string"},"allowFrom":{"type":"array","items":{"type":"string"}},"allowBots":{"anyOf":[{"type":"boolean"},{"type":"string","const":"mentions"}]},"botLoopProtection":{"$i":16},"reconnectMs":{"type":"integer","minimum":100,"maximum":60000},"agentActivity":{"type":"boolean"},"nativeProgress":{"type":"boolean"},"commandMenu":{"type":"boolean"},"requireMention":{"type":"boolean"},"mentionPatterns":{"type":"array","items":{"type":"string"}},"groups":{"$i":18},"discussions":{"$i":21},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"accounts":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"name":{"type":"string"},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"responsePrefix":{"type":"string"},"baseUrl":{"type":"string"},"apiBaseUrl":{"type":"string"},"token":{"$i":1},"tokenFile":{"type":"string"},"workspace":{"type":"string"},"botUserId":{"type":"string"},"agentId":{"type":"string"},"replyMode":{"type":"string","enum":["agent","model"]},"model":{"type":"string"},"systemPrompt":{"type":"string"},"toolsAllow":{"type":"array","items":{"type":"string"}},"defaultTo":{"type":"string"},"allowFrom":{"type":"array","items":{"type":"string"}},"allowBots":{"anyOf":[{"type":"boolean"},{"type":"string","const":"mentions"}]},"botLoopProtection":{"$i":16},"reconnectMs":{"type":"integer","minimum":100,"maximum":60000},"agentActivity":{"type":"boolean"},"nativeProgress":{"type":"boolean"},"commandMenu":{"type":"boolean"},"requireMention":{"type":"boolean"},"mentionPatterns":{"type":"array","items":{"type":"string"}},"groups":{"$i":18},"discussions":{"$i":21}},"additionalProperties":false}},"defaultAccount":{"type":"string"}},"additionalProperties":false},"discord":{"type":"object","properties":{"name":{"type":"string"},"capabilities":{"type":"array","items":{"type":"string"}},"markdown":{"$i":0},"configWrites":{"type":"boolean"},"enabled":{"type":"boolean"},"dmPolicy":{"default":"pairing","type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":"string"}},"defaultTo":{"type":"string"},"groupPolicy":{"default":"allowlist","type":"string","enum":["open","disabled","allowlist"]},"mentionPatterns":{"$i":23},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dmHistoryLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dms":{"$i":25},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"streaming":{"$i":27},"heartbeatVisibility":{"$i":40},"healthMonitor":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"responsePrefix":{"type":"string"},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"replyToMode":{"$i":41},"joinIntro":{"type":"boolean"},"commands":{"$i":43},"token":{"$i":1},"applicationId":{"type":"string"},"activities":{"$i":45},"proxy":{"type":"string"},"allowBots":{"anyOf":[{"type":"boolean"},{"type":"string","const":"mentions"}]},"botLoopProtection":{"$i":16},"dangerouslyAllowNameMatching":{"type":"boolean"},"mentionAliases":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"string","pattern":"^\\\\d+$"}},"suppressEmbeds":{"type":"boolean"},"maxLinesPerMessage":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"actions":{"$i":46},"thread":{"type":"object","properties":{"inheritParent":{"type":"boolean"}},"additionalProperties":false},"dm":{"$i":48},"guilds":{"$i":50},"execApprovals":{"$i":63},"agentComponents":{"$i":65},"slashCommand":{"type":"object","properties":{"ephemeral":{"type":"boolean"}},"additionalProperties":false},"threadBindings":{"$i":66},"intents":{"$i":68},"voice":{"$i":70},"pluralkit":{"$i":100},"ackReaction":{"type":"string"},"ackReactionScope":{"type":"string","enum":["group-mentions","group-all","direct","all","off","none"]},"activity":{"type":"string"},"status":{"type":"string","enum":["online","dnd","idle","invisible"]},"autoPresence":{"$i":102},"activityType":{"$i":104},"activityUrl":{"type":"string"},"inboundWorker":{"$i":106},"accounts":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"name":{"type":"string"},"capabilities":{"type":"array","items":{"type":"string"}},"markdown":{"$i":0},"configWrites":{"type":"boolean"},"enabled":{"type":"boolean"},"dmPolicy":{"type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":"string"}},"defaultTo":{"type":"string"},"groupPolicy":{"type":"string","enum":["open","disabled","allowlist"]},"mentionPatterns":{"$i":23},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dmHistoryLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dms":{"$i":25},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"streaming":{"$i":27},"heartbeatVisibility":{"$i":40},"healthMonitor":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"responsePrefix":{"type":"string"},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"replyToMode":{"$i":41},"joinIntro":{"type":"boolean"},"commands":{"$i":43},"token":{"$i":1},"applicationId":{"type":"string"},"activities":{"$i":45},"proxy":{"type":"string"},"allowBots":{"anyOf":[{"type":"boolean"},{"type":"string","const":"mentions"}]},"botLoopProtection":{"$i":16},"dangerouslyAllowNameMatching":{"type":"boolean"},"mentionAliases":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"string","pattern":"^\\\\d+$"}},"suppressEmbeds":{"type":"boolean"},"maxLinesPerMessage":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"actions":{"$i":46},"thread":{"type":"object","properties":{"inheritParent":{"type":"boolean"}},"additionalProperties":false},"dm":{"$i":48},"guilds":{"$i":50},"execApprovals":{"$i":63},"agentComponents":{"$i":65},"slashCommand":{"type":"object","properties":{"ephemeral":{"type":"boolean"}},"additionalProperties":false},"threadBindings":{"$i":66},"intents":{"$i":68},"voice":{"$i":70},"pluralkit":{"$i":100},"ackReaction":{"type":"string"},"ackReactionScope":{"type":"string","enum":["group-mentions","group-all","direct","all","off","none"]},"activity":{"type":"string"},"status":{"type":"string","enum":["online","dnd","idle","invisible"]},"autoPresence":{"$i":102},"activityType":{"$i":104},"activityUrl":{"type":"string"},"inboundWorker":{"$i":106}},"additionalProperties":false}},"defaultAccount":{"type":"string"}},"required":["dmPolicy","groupPolicy"],"additionalProperties":false},"feishu":{"type":"object","properties":{"enabled":{"type":"boolean"},"defaultAccount":{"type":"string"},"stickerSets":{"type":"object","propertyNames":{"type":"string","pattern":"^(?!\\\\s)(?![\\\\s\\\\S]*\\\\s$)[^\\\\p{Cs}]{1,128}$"},"additionalProperties":{"type":"object","propertyNames":{"type":"string","pattern":"^(?!\\\\s)(?![\\\\s\\\\S]*\\\\s$)(?![\\\\s\\\\S]*\\\\.\\\\.)[^\\\\p{Cc}\\\\p{Cs}/\\\\\\\\]{1,512}$"},"additionalProperties":{"minItems":1,"maxItems":8,"type":"array","items":{"type":"string","pattern":"^(?!\\\\s)(?![\\\\s\\\\S]*\\\\s$)[^\\\\p{Cs}]{1,64}$"}},"maxProperties":256},"maxProperties":32},"appId":{"type":"string"},"appSecret":{"$i":1},"encryptKey":{"$i":1},"verificationToken":{"$i":1},"domain":{"default":"feishu","anyOf":[{"type":"string","enum":["feishu","lark"]},{"type":"string","pattern":"^[Hh][Tt][Tt][Pp][Ss]:\\\\/\\\\/"}]},"connectionMode":{"default":"websocket","type":"string","enum":["websocket","webhook"]},"webhookPath":{"default":"/feishu/events","type":"string"},"webhookHost":{"type":"string"},"webhookPort":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"capabilities":{"type":"array","items":{"type":"string"}},"markdown":{"$i":107},"configWrites":{"type":"boolean"},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"replyToMode":{"$i":41},"responsePrefix":{"type":"string"},"dmPolicy":{"default":"pairing","type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"groupPolicy":{"anyOf":[{"type":"string","enum":["open","disabled","allowlist"]},{"type":"string","const":"allowall"}]},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"groupSenderAllowFrom":{"type":"array","items":{"type":["string","number"]}},"requireMention":{"type":"boolean"},"groups":{"$i":109},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dmHistoryLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dms":{"$i":113},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"httpTimeoutMs":{"type":"integer","exclusiveMinimum":0,"maximum":300000},"heartbeatVisibility":{"$i":115},"renderMode":{"type":"string","enum":["auto","raw","card"]},"streaming":{"$i":117},"tools":{"$i":119},"actions":{"$i":121},"replyInThread":{"type":"string","enum":["disabled","enabled"]},"reactionNotifications":{"default":"own","type":"string","enum":["off","own","all"]},"typingIndicator":{"default":true,"type":"boolean"},"resolveSenderNames":{"default":true,"type":"boolean"},"allowBots":{"type":"boolean"},"vcAutoJoin":{"type":"boolean"},"tts":{"$i":122},"groupSessionScope":{"type":"string","enum":["group","group_sender","group_topic","group_topic_sender"]},"topicSessionMode":{"type":"string","enum":["disabled","enabled"]},"dynamicAgentCreation":{"type":"object","properties":{"enabled":{"type":"boolean"},"workspaceTemplate":{"type":"string"},"agentDirTemplate":{"type":"string"},"maxAgents":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991}},"additionalProperties":false},"accounts":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"enabled":{"type":"boolean"},"name":{"type":"string"},"appId":{"type":"string"},"appSecret":{"$i":1},"encryptKey":{"$i":1},"verificationToken":{"$i":1},"domain":{"anyOf":[{"type":"string","enum":["feishu","lark"]},{"type":"string","pattern":"^[Hh][Tt][Tt][Pp][Ss]:\\\\/\\\\/"}]},"connectionMode":{"type":"string","enum":["websocket","webhook"]},"webhookPath":{"type":"string"},"webhookHost":{"type":"string"},"webhookPort":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"capabilities":{"type":"array","items":{"type":"string"}},"markdown":{"$i":107},"configWrites":{"type":"boolean"},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"replyToMode":{"$i":41},"responsePrefix":{"type":"string"},"dmPolicy":{"type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"groupPolicy":{"anyOf":[{"type":"string","enum":["open","disabled","allowlist"]},{"type":"string","const":"allowall"}]},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"groupSenderAllowFrom":{"type":"array","items":{"type":["string","number"]}},"requireMention":{"type":"boolean"},"groups":{"$i":109},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dmHistoryLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dms":{"$i":113},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"httpTimeoutMs":{"type":"integer","exclusiveMinimum":0,"maximum":300000},"heartbeatVisibility":{"$i":115},"renderMode":{"type":"string","enum":["auto","raw","card"]},"streaming":{"$i":117},"tools":{"$i":119},"actions":{"$i":121},"replyInThread":{"type":"string","enum":["disabled","enabled"]},"reactionNotifications":{"type":"string","enum":["off","own","all"]},"typingIndicator":{"type":"boolean"},"resolveSenderNames":{"type":"boolean"},"allowBots":{"type":"boolean"},"vcAutoJoin":{"type":"boolean"},"tts":{"$i":122},"groupSessionScope":{"type":"string","enum":["group","group_sender","group_topic","group_topic_sender"]},"topicSessionMode":{"type":"string","enum":["disabled","enabled"]}},"additionalProperties":false}}},"additionalProperties":false},"googlechat":{"type":"object","properties":{"name":{"type":"string"},"capabilities":{"type":"array","items":{"type":"string"}},"markdown":{"$i":0},"configWrites":{"type":"boolean"},"enabled":{"type":"boolean"},"dmPolicy":{"default":"pairing","type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"defaultTo":{"type":"string"},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"groupPolicy":{"default":"allowlist","type":"string","enum":["open","disabled","allowlist"]},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dmHistoryLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dms":{"$i":25},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"streaming":{"$i":124},"heartbeatVisibility":{"$i":40},"healthMonitor":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"responsePrefix":{"type":"string"},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"replyToMode":{"$i":41},"allowBots":{"type":"boolean"},"botLoopProtection":{"$i":16},"dangerouslyAllowNameMatching":{"type":"boolean"},"requireMention":{"type":"boolean"},"groups":{"$i":126},"serviceAccount":{"$i":129},"serviceAccountFile":{"type":"string"},"audienceType":{"type":"string","enum":["app-url","project-number"]},"audience":{"type":"string"},"appPrincipal":{"type":"string"},"webhookPath":{"type":"string"},"webhookUrl":{"type":"string"},"botUser":{"type":"string"},"dm":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"typingIndicator":{"type":"string","enum":["none","message","reaction"]},"accounts":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"name":{"type":"string"},"capabilities":{"type":"array","items":{"type":"string"}},"markdown":{"$i":0},"configWrites":{"type":"boolean"},"enabled":{"type":"boolean"},"dmPolicy":{"type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"defaultTo":{"type":"string"},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"groupPolicy":{"type":"string","enum":["open","disabled","allowlist"]},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dmHistoryLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dms":{"$i":25},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"streaming":{"$i":124},"heartbeatVisibility":{"$i":40},"healthMonitor":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"responsePrefix":{"type":"string"},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"replyToMode":{"$i":41},"allowBots":{"type":"boolean"},"botLoopProtection":{"$i":16},"dangerouslyAllowNameMatching":{"type":"boolean"},"requireMention":{"type":"boolean"},"groups":{"$i":126},"serviceAccount":{"$i":129},"serviceAccountFile":{"type":"string"},"audienceType":{"type":"string","enum":["app-url","project-number"]},"audience":{"type":"string"},"appPrincipal":{"type":"string"},"webhookPath":{"type":"string"},"webhookUrl":{"type":"string"},"botUser":{"type":"string"},"dm":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"typingIndicator":{"type":"string","enum":["none","message","reaction"]}},"additionalProperties":false}},"defaultAccount":{"type":"string"}},"required":["dmPolicy","groupPolicy"],"additionalProperties":false},"imessage":{"type":"object","properties":{"name":{"type":"string"},"capabilities":{"type":"array","items":{"type":"string"}},"markdown":{"$i":0},"configWrites":{"type":"boolean"},"enabled":{"type":"boolean"},"dmPolicy":{"default":"pairing","type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"defaultTo":{"type":"string"},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"groupPolicy":{"default":"allowlist","type":"string","enum":["open","disabled","allowlist"]},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dmHistoryLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dms":{"$i":25},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"streaming":{"$i":124},"heartbeatVisibility":{"$i":40},"healthMonitor":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"responsePrefix":{"type":"string"},"mediaMaxMb":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"cliPath":{"type":"string"},"dbPath":{"type":"string"},"remoteHost":{"type":"string"},"actions":{"$i":131},"service":{"anyOf":[{"type":"string","const":"imessage"},{"type":"string","const":"sms"},{"type":"string","const":"auto"}]},"sendTransport":{"type":"string","enum":["auto","bridge","applescript"]},"region":{"type":"string"},"includeAttachments":{"type":"boolean"},"attachmentRoots":{"type":"array","items":{"type":"string"}},"remoteAttachmentRoots":{"type":"array","items":{"type":"string"}},"probeTimeoutMs":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"sendReadReceipts":{"type":"boolean"},"reactionNotifications":{"type":"string","enum":["off","own","all"]},"catchup":{"$i":133},"groups":{"$i":135},"accounts":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"name":{"type":"string"},"capabilities":{"type":"array","items":{"type":"string"}},"markdown":{"$i":0},"configWrites":{"type":"boolean"},"enabled":{"type":"boolean"},"dmPolicy":{"type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"defaultTo":{"type":"string"},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"groupPolicy":{"type":"string","enum":["open","disabled","allowlist"]},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dmHistoryLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dms":{"$i":25},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"streaming":{"$i":124},"heartbeatVisibility":{"$i":40},"healthMonitor":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"responsePrefix":{"type":"string"},"mediaMaxMb":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"cliPath":{"type":"string"},"dbPath":{"type":"string"},"remoteHost":{"type":"string"},"actions":{"$i":131},"service":{"anyOf":[{"type":"string","const":"imessage"},{"type":"string","const":"sms"},{"type":"string","const":"auto"}]},"sendTransport":{"type":"string","enum":["auto","bridge","applescript"]},"region":{"type":"string"},"includeAttachments":{"type":"boolean"},"attachmentRoots":{"type":"array","items":{"type":"string"}},"remoteAttachmentRoots":{"type":"array","items":{"type":"string"}},"probeTimeoutMs":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"sendReadReceipts":{"type":"boolean"},"reactionNotifications":{"type":"string","enum":["off","own","all"]},"catchup":{"$i":133},"groups":{"$i":135}},"additionalProperties":false}},"defaultAccount":{"type":"string"}},"required":["dmPolicy","groupPolicy"],"additionalProperties":false},"irc":{"type":"object","properties":{"name":{"type":"string"},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"healthMonitor":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"replyToMode":{"$i":41},"dangerouslyAllowNameMatching":{"type":"boolean"},"host":{"type":"string"},"port":{"type":"integer","minimum":1,"maximum":65535},"tls":{"type":"boolean"},"nick":{"type":"string"},"username":{"type":"string"},"realname":{"type":"string"},"password":{"type":"string"},"passwordFile":{"type":"string"},"nickserv":{"$i":138},"dmPolicy":{"default":"pairing","type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"groupPolicy":{"default":"allowlist","type":"string","enum":["open","disabled","allowlist"]},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"groups":{"$i":140},"channels":{"type":"array","items":{"type":"string"}},"markdown":{"$i":0},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dmHistoryLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"dms":{"$i":25},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"streaming":{"$i":124},"responsePrefix":{"type":"string"},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"accounts":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"name":{"type":"string"},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"healthMonitor":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"replyToMode":{"$i":41},"dangerouslyAllowNameMatching":{"type":"boolean"},"host":{"type":"string"},"port":{"type":"integer","minimum":1,"maximum":65535},"tls":{"type":"boolean"},"nick":{"type":"string"},"username":{"type":"string"},"realname":{"type":"string"},"password":{"type":"string"},"passwordFile":{"type":"string"},"nickserv":{"$i":138},"dmPolicy":{"default":"pairing","type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"groupPolicy":{"default":"allowlist","type":"string","enum":["open","disabled","allowlist"]},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"groups":{"$i":140},"channels":{"type":"array","items":{"type":"string"}},"markdown":{"$i":0},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dmHistoryLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"dms":{"$i":25},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"streaming":{"$i":124},"responsePrefix":{"type":"string"},"mediaMaxMb":{"type":"number","exclusiveMinimum":0}},"required":["dmPolicy","groupPolicy"],"additionalProperties":false}},"defaultAccount":{"type":"string"}},"required":["dmPolicy","groupPolicy"],"additionalProperties":false},"line":{"type":"object","properties":{"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"joinIntro":{"type":"boolean"},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"channelAccessToken":{"type":"string"},"channelSecret":{"type":"string"},"tokenFile":{"type":"string"},"secretFile":{"type":"string"},"name":{"type":"string"},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"dmPolicy":{"default":"pairing","type":"string","enum":["pairing","allowlist","open","disabled"]},"groupPolicy":{"default":"allowlist","type":"string","enum":["open","disabled","allowlist"]},"responsePrefix":{"type":"string"},"replyToMode":{"type":"string","enum":["off","first","all"]},"streaming":{"$i":124},"mediaMaxMb":{"type":"number"},"webhookPath":{"type":"string"},"threadBindings":{"$i":143},"groups":{"$i":145},"accounts":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"joinIntro":{"type":"boolean"},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"channelAccessToken":{"type":"string"},"channelSecret":{"type":"string"},"tokenFile":{"type":"string"},"secretFile":{"type":"string"},"name":{"type":"string"},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"dmPolicy":{"default":"pairing","type":"string","enum":["pairing","allowlist","open","disabled"]},"groupPolicy":{"default":"allowlist","type":"string","enum":["open","disabled","allowlist"]},"responsePrefix":{"type":"string"},"replyToMode":{"type":"string","enum":["off","first","all"]},"streaming":{"$i":124},"mediaMaxMb":{"type":"number"},"webhookPath":{"type":"string"},"threadBindings":{"$i":143},"groups":{"$i":145}},"required":["dmPolicy","groupPolicy"],"additionalProperties":false}},"defaultAccount":{"type":"string"}},"required":["dmPolicy","groupPolicy"],"additionalProperties":false},"matrix":{"type":"object","properties":{"name":{"type":"string"},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"joinIntro":{"type":"boolean"},"defaultAccount":{"type":"string"},"accounts":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"joinIntro":{"type":"boolean"},"accessToken":{"$i":1},"password":{"$i":1}},"additionalProperties":{}}},"markdown":{"$i":0},"homeserver":{"type":"string"},"network":{"type":"object","properties":{"dangerouslyAllowPrivateNetwork":{"type":"boolean"}},"additionalProperties":false},"proxy":{"type":"string"},"userId":{"type":"string"},"accessToken":{"$i":1},"password":{"$i":1},"deviceId":{"type":"string"},"deviceName":{"type":"string"},"avatarUrl":{"type":"string"},"initialSyncLimit":{"type":"number"},"encryption":{"type":"boolean"},"allowlistOnly":{"type":"boolean"},"dangerouslyAllowNameMatching":{"type":"boolean"},"allowBots":{"anyOf":[{"type":"boolean"},{"type":"string","const":"mentions"}]},"botLoopProtection":{"$i":16},"groupPolicy":{"type":"string","enum":["open","disabled","allowlist"]},"mentionPatterns":{"$i":23},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"streaming":{"type":"object","properties":{"mode":{"type":"string","enum":["partial","quiet","progress","off"]},"chunkMode":{"type":"string","enum":["length","newline"]},"block":{"$i":36},"progress":{"$i":148},"preview":{"type":"object","properties":{"toolProgress":{"type":"boolean"}},"additionalProperties":false}},"additionalProperties":false},"replyToMode":{"type":"string","enum":["off","first","all","batched"]},"threadReplies":{"type":"string","enum":["off","inbound","always"]},"textChunkLimit":{"type":"number"},"responsePrefix":{"type":"string"},"ackReaction":{"type":"string"},"ackReactionScope":{"type":"string","enum":["group-mentions","group-all","direct","all","none","off"]},"reactionNotifications":{"type":"string","enum":["off","own"]},"threadBindings":{"$i":66},"startupVerification":{"type":"string","enum":["off","if-unverified"]},"startupVerificationCooldownHours":{"type":"number"},"mediaMaxMb":{"type":"number"},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"autoJoin":{"type":"string","enum":["always","allowlist","off"]},"autoJoinAllowlist":{"type":"array","items":{"type":["string","number"]}},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"dm":{"type":"object","properties":{"enabled":{"type":"boolean"},"policy":{"type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"sessionScope":{"type":"string","enum":["per-user","per-room"]},"threadReplies":{"type":"string","enum":["off","inbound","always"]}},"additionalProperties":false},"execApprovals":{"$i":150},"groups":{"$i":152},"rooms":{"$i":152},"actions":{"type":"object","properties":{"reactions":{"type":"boolean"},"messages":{"type":"boolean"},"pins":{"type":"boolean"},"profile":{"type":"boolean"},"memberInfo":{"type":"boolean"},"channelInfo":{"type":"boolean"},"verification":{"type":"boolean"}},"additionalProperties":false}},"additionalProperties":false},"mattermost":{"type":"object","properties":{"name":{"type":"string"},"capabilities":{"type":"array","items":{"type":"string"}},"dangerouslyAllowNameMatching":{"type":"boolean"},"markdown":{"$i":0},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"botToken":{"$i":1},"baseUrl":{"type":"string"},"chatmode":{"type":"string","enum":["oncall","onmessage","onchar"]},"oncharPrefixes":{"type":"array","items":{"type":"string"}},"requireMention":{"type":"boolean"},"implicitMentions":{"$i":155},"dmPolicy":{"default":"pairing","type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"groupPolicy":{"default":"allowlist","type":"string","enum":["open","disabled","allowlist"]},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"streaming":{"$i":156},"replyToMode":{"type":"string","enum":["off","first","all","batched"]},"replyToModeByChatType":{"$i":159},"responsePrefix":{"type":"string"},"actions":{"$i":161},"commands":{"$i":162},"interactions":{"$i":164},"groups":{"$i":165},"network":{"type":"object","properties":{"dangerouslyAllowPrivateNetwork":{"type":"boolean"}},"additionalProperties":false},"dmChannelRetry":{"$i":166},"accounts":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"name":{"type":"string"},"capabilities":{"type":"array","items":{"type":"string"}},"dangerouslyAllowNameMatching":{"type":"boolean"},"markdown":{"$i":0},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"botToken":{"$i":1},"baseUrl":{"type":"string"},"chatmode":{"type":"string","enum":["oncall","onmessage","onchar"]},"oncharPrefixes":{"type":"array","items":{"type":"string"}},"requireMention":{"type":"boolean"},"implicitMentions":{"$i":155},"dmPolicy":{"default":"pairing","type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"groupPolicy":{"default":"allowlist","type":"string","enum":["open","disabled","allowlist"]},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"streaming":{"$i":156},"replyToMode":{"type":"string","enum":["off","first","all","batched"]},"replyToModeByChatType":{"$i":159},"responsePrefix":{"type":"string"},"actions":{"$i":161},"commands":{"$i":162},"interactions":{"$i":164},"groups":{"$i":165},"network":{"type":"object","properties":{"dangerouslyAllowPrivateNetwork":{"type":"boolean"}},"additionalProperties":false},"dmChannelRetry":{"$i":166}},"required":["dmPolicy","groupPolicy"],"additionalProperties":false}},"defaultAccount":{"type":"string"}},"required":["dmPolicy","groupPolicy"],"additionalProperties":false},"msteams":{"type":"object","properties":{"capabilities":{"type":"array","items":{"type":"string"}},"markdown":{"$i":0},"configWrites":{"type":"boolean"},"enabled":{"type":"boolean"},"dmPolicy":{"default":"pairing","type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":"string"}},"defaultTo":{"type":"string"},"groupAllowFrom":{"type":"array","items":{"type":"string"}},"groupPolicy":{"default":"allowlist","type":"string","enum":["open","disabled","allowlist"]},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dmHistoryLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dms":{"$i":25},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"streaming":{"$i":27},"heartbeatVisibility":{"$i":40},"healthMonitor":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"responsePrefix":{"type":"string"},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"dangerouslyAllowNameMatching":{"type":"boolean"},"appId":{"type":"string"},"appPassword":{"$i":1},"tenantId":{"type":"string"},"cloud":{"type":"string","enum":["Public","USGov","USGovDoD","China"]},"serviceUrl":{"type":"string"},"authType":{"type":"string","enum":["secret","federated"]},"certificatePath":{"type":"string"},"certificateThumbprint":{"type":"string"},"useManagedIdentity":{"type":"boolean"},"managedIdentityClientId":{"type":"string"},"webhook":{"type":"object","properties":{"port":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"path":{"type":"string"}},"additionalProperties":false},"typingIndicator":{"type":"boolean"},"mediaAllowHosts":{"type":"array","items":{"type":"string"}},"mediaAuthAllowHosts":{"type":"array","items":{"type":"string"}},"graphMediaFallback":{"type":"boolean"},"requireMention":{"type":"boolean"},"replyStyle":{"type":"string","enum":["thread","top-level"]},"teams":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"requireMention":{"type":"boolean"},"tools":{"$i":53},"toolsBySender":{"$i":55},"replyStyle":{"type":"string","enum":["thread","top-level"]},"channels":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"requireMention":{"type":"boolean"},"tools":{"$i":53},"toolsBySender":{"$i":55},"replyStyle":{"type":"string","enum":["thread","top-level"]}},"additionalProperties":false}}},"additionalProperties":false}},"sharePointSiteId":{"type":"string"},"welcomeCard":{"type":"boolean"},"promptStarters":{"type":"array","items":{"type":"string"}},"groupWelcomeCard":{"type":"boolean"},"feedbackEnabled":{"type":"boolean"},"feedbackReflection":{"type":"boolean"},"feedbackReflectionCooldownMs":{"type":"integer","minimum":0,"maximum":9007199254740991},"delegatedAuth":{"type":"object","properties":{"enabled":{"type":"boolean"},"scopes":{"type":"array","items":{"type":"string"}}},"additionalProperties":false},"sso":{"type":"object","properties":{"enabled":{"type":"boolean"},"connectionName":{"type":"string"}},"additionalProperties":false}},"required":["dmPolicy","groupPolicy"],"additionalProperties":false},"nextcloud-talk":{"type":"object","properties":{"name":{"type":"string"},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"replyToMode":{"$i":41},"markdown":{"$i":0},"baseUrl":{"type":"string"},"botSecret":{"$i":1},"botSecretFile":{"type":"string"},"apiUser":{"type":"string"},"apiPassword":{"$i":1},"apiPasswordFile":{"type":"string"},"dmPolicy":{"default":"pairing","type":"string","enum":["pairing","allowlist","open","disabled"]},"webhookPort":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"webhookHost":{"type":"string"},"webhookPath":{"type":"string"},"webhookPublicUrl":{"type":"string"},"allowFrom":{"type":"array","items":{"type":"string"}},"groupAllowFrom":{"type":"array","items":{"type":"string"}},"groupPolicy":{"default":"allowlist","type":"string","enum":["open","disabled","allowlist"]},"rooms":{"$i":168},"network":{"type":"object","properties":{"dangerouslyAllowPrivateNetwork":{"type":"boolean"}},"additionalProperties":false},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dmHistoryLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"dms":{"$i":25},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"streaming":{"$i":124},"responsePrefix":{"type":"string"},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"accounts":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"name":{"type":"string"},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"replyToMode":{"$i":41},"markdown":{"$i":0},"baseUrl":{"type":"string"},"botSecret":{"$i":1},"botSecretFile":{"type":"string"},"apiUser":{"type":"string"},"apiPassword":{"$i":1},"apiPasswordFile":{"type":"string"},"dmPolicy":{"default":"pairing","type":"string","enum":["pairing","allowlist","open","disabled"]},"webhookPort":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"webhookHost":{"type":"string"},"webhookPath":{"type":"string"},"webhookPublicUrl":{"type":"string"},"allowFrom":{"type":"array","items":{"type":"string"}},"groupAllowFrom":{"type":"array","items":{"type":"string"}},"groupPolicy":{"default":"allowlist","type":"string","enum":["open","disabled","allowlist"]},"rooms":{"$i":168},"network":{"type":"object","properties":{"dangerouslyAllowPrivateNetwork":{"type":"boolean"}},"additionalProperties":false},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dmHistoryLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"dms":{"$i":25},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"streaming":{"$i":124},"responsePrefix":{"type":"string"},"mediaMaxMb":{"type":"number","exclusiveMinimum":0}},"required":["dmPolicy","groupPolicy"],"additionalProperties":false}},"defaultAccount":{"type":"string"}},"required":["dmPolicy","groupPolicy"],"additionalProperties":false},"nostr":{"type":"object","properties":{"name":{"type":"string"},"defaultAccount":{"type":"string"},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"markdown":{"$i":0},"privateKey":{"$i":1},"relays":{"type":"array","items":{"type":"string"}},"dmPolicy":{"type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"profile":{"type":"object","properties":{"name":{"type":"string","maxLength":256},"displayName":{"type":"string","maxLength":256},"about":{"type":"string","maxLength":2000},"picture":{"type":"string"},"banner":{"type":"string"},"website":{"type":"string"},"nip05":{"type":"string"},"lud16":{"type":"string"}},"additionalProperties":false}},"additionalProperties":false},"raft":{"type":"object","properties":{"name":{"type":"string"},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"profile":{"type":"string","minLength":1},"accounts":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"name":{"type":"string"},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"profile":{"type":"string","minLength":1}},"additionalProperties":false}},"defaultAccount":{"type":"string"}},"additionalProperties":false},"reef":{"type":"object","properties":{"enabled":{"default":true,"type":"boolean"},"configWrites":{"type":"boolean"},"relayUrl":{"default":"https://reefwire.ai","type":"string","pattern":"^[hH][tT][tT][pP][sS]?:\\\\/\\\\/[^\\\\\\\\/?#@]+\\\\/?$"},"handle":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,62}$"},"email":{"type":"string","pattern":"^(?:[A-Za-z0-9_\'+\\\\-]+\\\\.)*[A-Za-z0-9_\'+\\\\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\\\\-]*\\\\.)+[A-Za-z]{2,}$"},"guard":{"anyOf":[{"type":"object","properties":{"provider":{"type":"string","const":"openai"},"authMode":{"type":"string","const":"oauth"},"authProfileId":{"type":"string","pattern":"^openai:[^\\\\s:/][^\\\\s/]*$"},"pinnedModel":{"type":"string","minLength":1},"policyVersion":{"type":"string","minLength":1},"timeoutMs":{"type":"integer","minimum":100,"maximum":120000},"rules":{"$i":171}},"required":["provider","authMode","authProfileId","pinnedModel","policyVersion","timeoutMs"],"additionalProperties":false},{"type":"object","properties":{"provider":{"type":"string","enum":["anthropic","openai"]},"authMode":{"type":"string","const":"api-key"},"apiKeyEnv":{"type":"string","pattern":"^[A-Z_][A-Z0-9_]*$"},"pinnedModel":{"type":"string","minLength":1},"policyVersion":{"type":"string","minLength":1},"timeoutMs":{"type":"integer","minimum":100,"maximum":120000},"rules":{"$i":171}},"required":["provider","apiKeyEnv","pinnedModel","policyVersion","timeoutMs"],"additionalProperties":false}]},"stateDir":{"type":"string","minLength":1},"requestPolicy":{"default":"code-only","type":"string","enum":["code-only","friends-of-friends","open"]},"friends":{}},"required":["enabled","relayUrl","requestPolicy"],"additionalProperties":false},"signal":{"type":"object","properties":{"name":{"type":"string"},"capabilities":{"type":"array","items":{"type":"string"}},"markdown":{"$i":0},"configWrites":{"type":"boolean"},"enabled":{"type":"boolean"},"dmPolicy":{"default":"pairing","type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"defaultTo":{"type":"string"},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"groupPolicy":{"default":"allowlist","type":"string","enum":["open","disabled","allowlist"]},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dmHistoryLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dms":{"$i":25},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"streaming":{"$i":124},"heartbeatVisibility":{"$i":40},"healthMonitor":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"responsePrefix":{"type":"string"},"mediaMaxMb":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"replyToMode":{"$i":41},"account":{"type":"string"},"accountUuid":{"type":"string"},"transport":{"$i":173},"ignoreAttachments":{"type":"boolean"},"sendReadReceipts":{"type":"boolean"},"aliases":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"string"}},"groups":{"$i":181},"replyToModeByChatType":{"$i":184},"reactionNotifications":{"type":"string","enum":["off","own","all","allowlist"]},"reactionAllowlist":{"type":"array","items":{"type":["string","number"]}},"reactionLevel":{"type":"string","enum":["off","ack","minimal","extensive"]},"actions":{"type":"object","properties":{"reactions":{"type":"boolean"}},"additionalProperties":false},"accounts":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"name":{"type":"string"},"capabilities":{"type":"array","items":{"type":"string"}},"markdown":{"$i":0},"configWrites":{"type":"boolean"},"enabled":{"type":"boolean"},"dmPolicy":{"type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"defaultTo":{"type":"string"},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"groupPolicy":{"type":"string","enum":["open","disabled","allowlist"]},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dmHistoryLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dms":{"$i":25},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"streaming":{"$i":124},"heartbeatVisibility":{"$i":40},"healthMonitor":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"responsePrefix":{"type":"string"},"mediaMaxMb":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"replyToMode":{"$i":41},"account":{"type":"string"},"accountUuid":{"type":"string"},"transport":{"$i":173},"ignoreAttachments":{"type":"boolean"},"sendReadReceipts":{"type":"boolean"},"aliases":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"string"}},"groups":{"$i":181},"replyToModeByChatType":{"$i":184},"reactionNotifications":{"type":"string","enum":["off","own","all","allowlist"]},"reactionAllowlist":{"type":"array","items":{"type":["string","number"]}},"reactionLevel":{"type":"string","enum":["off","ack","minimal","extensive"]},"actions":{"type":"object","properties":{"reactions":{"type":"boolean"}},"additionalProperties":false}},"additionalProperties":false}},"defaultAccount":{"type":"string"}},"required":["dmPolicy","groupPolicy"],"additionalProperties":false},"slack":{"type":"object","properties":{"name":{"type":"string"},"capabilities":{"type":"array","items":{"type":"string"}},"markdown":{"$i":0},"configWrites":{"type":"boolean"},"enabled":{"type":"boolean"},"dmPolicy":{"default":"pairing","type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"defaultTo":{"type":"string"},"groupPolicy":{"default":"allowlist","type":"string","enum":["open","disabled","allowlist"]},"mentionPatterns":{"$i":23},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dmHistoryLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dms":{"$i":25},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"streaming":{"$i":186},"heartbeatVisibility":{"$i":40},"healthMonitor":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"responsePrefix":{"type":"string"},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"replyToMode":{"$i":41},"joinIntro":{"type":"boolean"},"postAs":{"default":"bot","type":"string","enum":["bot","user"]},"mode":{"default":"socket","type":"string","enum":["socket","http","relay"]},"relay":{"$i":190},"signingSecret":{"$i":1},"webhookPath":{"default":"/slack/events","type":"string"},"execApprovals":{"$i":150},"commands":{"$i":43},"botToken":{"$i":1},"appToken":{"$i":1},"userToken":{"$i":1},"userTokenReadOnly":{"default":true,"type":"boolean"},"allowBots":{"anyOf":[{"type":"boolean"},{"type":"string","const":"mentions"}]},"botLoopProtection":{"$i":16},"dangerouslyAllowNameMatching":{"type":"boolean"},"requireMention":{"type":"boolean"},"implicitMentions":{"$i":155},"unfurlLinks":{"type":"boolean"},"unfurlMedia":{"type":"boolean"},"reactionNotifications":{"type":"string","enum":["off","own","all","allowlist"]},"reactionAllowlist":{"type":"array","items":{"type":["string","number"]}},"ackReaction":{"type":"string"},"replyToModeByChatType":{"$i":192},"thread":{"$i":194},"presenceEvents":{"$i":196},"actions":{"$i":197},"slashCommand":{"$i":199},"dm":{"$i":200},"channels":{"$i":202},"typingReaction":{"type":"string"},"accounts":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"name":{"type":"string"},"capabilities":{"type":"array","items":{"type":"string"}},"markdown":{"$i":0},"configWrites":{"type":"boolean"},"enabled":{"type":"boolean"},"dmPolicy":{"type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"defaultTo":{"type":"string"},"groupPolicy":{"type":"string","enum":["open","disabled","allowlist"]},"mentionPatterns":{"$i":23},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dmHistoryLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dms":{"$i":25},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"streaming":{"$i":186},"heartbeatVisibility":{"$i":40},"healthMonitor":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"responsePrefix":{"type":"string"},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"replyToMode":{"$i":41},"joinIntro":{"type":"boolean"},"postAs":{"type":"string","enum":["bot","user"]},"mode":{"type":"string","enum":["socket","http","relay"]},"relay":{"$i":190},"signingSecret":{"$i":1},"webhookPath":{"type":"string"},"execApprovals":{"$i":150},"commands":{"$i":43},"botToken":{"$i":1},"appToken":{"$i":1},"userToken":{"$i":1},"userTokenReadOnly":{"type":"boolean"},"allowBots":{"anyOf":[{"type":"boolean"},{"type":"string","const":"mentions"}]},"botLoopProtection":{"$i":16},"dangerouslyAllowNameMatching":{"type":"boolean"},"requireMention":{"type":"boolean"},"implicitMentions":{"$i":155},"unfurlLinks":{"type":"boolean"},"unfurlMedia":{"type":"boolean"},"reactionNotifications":{"type":"string","enum":["off","own","all","allowlist"]},"reactionAllowlist":{"type":"array","items":{"type":["string","number"]}},"ackReaction":{"type":"string"},"replyToModeByChatType":{"$i":192},"thread":{"$i":194},"presenceEvents":{"$i":196},"actions":{"$i":197},"slashCommand":{"$i":199},"dm":{"$i":200},"channels":{"$i":202},"typingReaction":{"type":"string"}},"additionalProperties":false}},"defaultAccount":{"type":"string"}},"required":["dmPolicy","groupPolicy","postAs","mode","webhookPath","userTokenReadOnly"],"additionalProperties":false},"sms":{"type":"object","properties":{"name":{"type":"string"},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"accountSid":{"type":"string"},"authToken":{"$i":1},"fromNumber":{"type":"string"},"messagingServiceSid":{"type":"string"},"defaultTo":{"type":"string"},"webhookPath":{"type":"string"},"publicWebhookUrl":{"type":"string"},"dangerouslyDisableSignatureValidation":{"type":"boolean"},"dmPolicy":{"default":"pairing","type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"accounts":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"name":{"type":"string"},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"accountSid":{"type":"string"},"authToken":{"$i":1},"fromNumber":{"type":"string"},"messagingServiceSid":{"type":"string"},"defaultTo":{"type":"string"},"webhookPath":{"type":"string"},"publicWebhookUrl":{"type":"string"},"dangerouslyDisableSignatureValidation":{"type":"boolean"},"dmPolicy":{"default":"pairing","type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991}},"required":["dmPolicy"],"additionalProperties":false}},"defaultAccount":{"type":"string"}},"required":["dmPolicy"],"additionalProperties":false},"synology-chat":{"type":"object","properties":{"webhookUrl":{"type":"string"},"dangerouslyAllowNameMatching":{"type":"boolean"},"dangerouslyAllowInheritedWebhookPath":{"type":"boolean"}},"additionalProperties":{}},"telegram":{"type":"object","properties":{"name":{"type":"string"},"capabilities":{"$i":205},"markdown":{"$i":0},"configWrites":{"type":"boolean"},"enabled":{"type":"boolean"},"dmPolicy":{"default":"pairing","type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"defaultTo":{"type":["string","number"]},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"groupPolicy":{"default":"allowlist","type":"string","enum":["open","disabled","allowlist"]},"mentionPatterns":{"$i":23},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dmHistoryLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dms":{"$i":25},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"streaming":{"$i":27},"heartbeatVisibility":{"$i":40},"healthMonitor":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"responsePrefix":{"type":"string"},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"replyToMode":{"$i":41},"joinIntro":{"type":"boolean"},"execApprovals":{"$i":150},"commands":{"$i":43},"customCommands":{"$i":208},"botToken":{"$i":1},"tokenFile":{"type":"string"},"groups":{"$i":210},"direct":{"$i":216},"richMessages":{"type":"boolean"},"network":{"$i":221},"proxy":{"type":"string"},"webhookUrl":{"type":"string"},"webhookSecret":{"$i":1},"webhookPath":{"type":"string"},"webhookHost":{"type":"string"},"webhookPort":{"type":"integer","minimum":0,"maximum":9007199254740991},"webhookCertPath":{"type":"string"},"actions":{"$i":223},"threadBindings":{"$i":66},"reactionNotifications":{"type":"string","enum":["off","own","all"]},"reactionLevel":{"type":"string","enum":["off","ack","minimal","extensive"]},"ackReaction":{"type":"string"},"linkPreview":{"type":"boolean"},"silentErrorReplies":{"type":"boolean"},"errorPolicy":{"type":"string","enum":["always","once","silent"]},"apiRoot":{"type":"string"},"trustedLocalFileRoots":{"type":"array","items":{"type":"string"}},"autoTopicLabel":{"$i":219},"accounts":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"name":{"type":"string"},"capabilities":{"$i":205},"markdown":{"$i":0},"configWrites":{"type":"boolean"},"enabled":{"type":"boolean"},"dmPolicy":{"type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"defaultTo":{"type":["string","number"]},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"groupPolicy":{"type":"string","enum":["open","disabled","allowlist"]},"mentionPatterns":{"$i":23},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dmHistoryLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dms":{"$i":25},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"streaming":{"$i":27},"heartbeatVisibility":{"$i":40},"healthMonitor":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"responsePrefix":{"type":"string"},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"replyToMode":{"$i":41},"joinIntro":{"type":"boolean"},"execApprovals":{"$i":150},"commands":{"$i":43},"customCommands":{"$i":208},"botToken":{"$i":1},"tokenFile":{"type":"string"},"groups":{"$i":210},"direct":{"$i":216},"richMessages":{"type":"boolean"},"network":{"$i":221},"proxy":{"type":"string"},"webhookUrl":{"type":"string"},"webhookSecret":{"$i":1},"webhookPath":{"type":"string"},"webhookHost":{"type":"string"},"webhookPort":{"type":"integer","minimum":0,"maximum":9007199254740991},"webhookCertPath":{"type":"string"},"actions":{"$i":223},"threadBindings":{"$i":66},"reactionNotifications":{"type":"string","enum":["off","own","all"]},"reactionLevel":{"type":"string","enum":["off","ack","minimal","extensive"]},"ackReaction":{"type":"string"},"linkPreview":{"type":"boolean"},"silentErrorReplies":{"type":"boolean"},"errorPolicy":{"type":"string","enum":["always","once","silent"]},"apiRoot":{"type":"string"},"trustedLocalFileRoots":{"type":"array","items":{"type":"string"}},"autoTopicLabel":{"$i":219}},"additionalProperties":false}},"defaultAccount":{"type":"string"}},"required":["dmPolicy","groupPolicy"],"additionalProperties":false},"tlon":{"type":"object","properties":{"name":{"type":"string"},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"ship":{"type":"string","minLength":1},"url":{"type":"string"},"code":{"type":"string"},"network":{"type":"object","properties":{"dangerouslyAllowPrivateNetwork":{"type":"boolean"}},"additionalProperties":false},"groupChannels":{"type":"array","items":{"type":"string","minLength":1}},"dmAllowlist":{"type":"array","items":{"type":"string","minLength":1}},"groupInviteAllowlist":{"type":"array","items":{"type":"string","minLength":1}},"autoDiscoverChannels":{"type":"boolean"},"showModelSignature":{"type":"boolean"},"responsePrefix":{"type":"string"},"implicitMentions":{"$i":155},"autoAcceptDmInvites":{"type":"boolean"},"autoAcceptGroupInvites":{"type":"boolean"},"ownerShip":{"type":"string","minLength":1},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"authorization":{"type":"object","properties":{"channelRules":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"mode":{"type":"string","enum":["restricted","open"]},"allowedShips":{"type":"array","items":{"type":"string","minLength":1}}},"additionalProperties":false}}},"additionalProperties":false},"defaultAuthorizedShips":{"type":"array","items":{"type":"string","minLength":1}},"accounts":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"name":{"type":"string"},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"ship":{"type":"string","minLength":1},"url":{"type":"string"},"code":{"type":"string"},"network":{"type":"object","properties":{"dangerouslyAllowPrivateNetwork":{"type":"boolean"}},"additionalProperties":false},"groupChannels":{"type":"array","items":{"type":"string","minLength":1}},"dmAllowlist":{"type":"array","items":{"type":"string","minLength":1}},"groupInviteAllowlist":{"type":"array","items":{"type":"string","minLength":1}},"autoDiscoverChannels":{"type":"boolean"},"showModelSignature":{"type":"boolean"},"responsePrefix":{"type":"string"},"implicitMentions":{"$i":155},"autoAcceptDmInvites":{"type":"boolean"},"autoAcceptGroupInvites":{"type":"boolean"},"ownerShip":{"type":"string","minLength":1}},"additionalProperties":false}}},"additionalProperties":false},"twitch":{"anyOf":[{"type":"object","properties":{"name":{"type":"string"},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"markdown":{"$i":0},"defaultAccount":{"type":"string"},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"responsePrefix":{"type":"string"},"username":{"type":"string"},"accessToken":{"type":"string"},"clientId":{"type":"string"},"channel":{"type":"string","minLength":1},"allowFrom":{"type":"array","items":{"type":"string"}},"allowedRoles":{"type":"array","items":{"type":"string","enum":["moderator","owner","vip","subscriber","all"]}},"requireMention":{"type":"boolean"},"clientSecret":{"type":"string"},"refreshToken":{"type":"string"},"expiresIn":{"type":["number","null"]},"obtainmentTimestamp":{"type":"number"}},"required":["username","accessToken","channel"],"additionalProperties":false},{"type":"object","properties":{"name":{"type":"string"},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"markdown":{"$i":0},"defaultAccount":{"type":"string"},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"responsePrefix":{"type":"string"},"accounts":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"username":{"type":"string"},"accessToken":{"type":"string"},"clientId":{"type":"string"},"channel":{"type":"string","minLength":1},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"allowFrom":{"type":"array","items":{"type":"string"}},"allowedRoles":{"type":"array","items":{"type":"string","enum":["moderator","owner","vip","subscriber","all"]}},"requireMention":{"type":"boolean"},"responsePrefix":{"type":"string"},"clientSecret":{"type":"string"},"refreshToken":{"type":"string"},"expiresIn":{"type":["number","null"]},"obtainmentTimestamp":{"type":"number"}},"required":["username","accessToken","channel"],"additionalProperties":false}}},"required":["accounts"],"additionalProperties":false}]},"whatsapp":{"type":"object","properties":{"capabilities":{"type":"array","items":{"type":"string"}},"markdown":{"$i":0},"configWrites":{"type":"boolean"},"enabled":{"type":"boolean"},"dmPolicy":{"default":"pairing","type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":"string"}},"defaultTo":{"type":"string"},"groupAllowFrom":{"type":"array","items":{"type":"string"}},"groupPolicy":{"default":"allowlist","type":"string","enum":["open","disabled","allowlist"]},"mentionPatterns":{"$i":23},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dmHistoryLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dms":{"$i":25},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"streaming":{"$i":124},"heartbeatVisibility":{"$i":40},"healthMonitor":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"responsePrefix":{"type":"string"},"mediaMaxMb":{"default":50,"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"replyToMode":{"$i":41},"sendReadReceipts":{"type":"boolean"},"selfChatMode":{"type":"boolean"},"groups":{"$i":135},"direct":{"$i":225},"reactionLevel":{"type":"string","enum":["off","ack","minimal","extensive"]},"pluginHooks":{"type":"object","properties":{"messageReceived":{"type":"boolean"}},"additionalProperties":false},"accounts":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"capabilities":{"type":"array","items":{"type":"string"}},"markdown":{"$i":0},"configWrites":{"type":"boolean"},"enabled":{"type":"boolean"},"dmPolicy":{"type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":"string"}},"defaultTo":{"type":"string"},"groupAllowFrom":{"type":"array","items":{"type":"string"}},"groupPolicy":{"type":"string","enum":["open","disabled","allowlist"]},"mentionPatterns":{"$i":23},"contextVisibility":{"type":"string","enum":["all","allowlist","allowlist_quote"]},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dmHistoryLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"dms":{"$i":25},"textChunkLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"streaming":{"$i":124},"heartbeatVisibility":{"$i":40},"healthMonitor":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"responsePrefix":{"type":"string"},"mediaMaxMb":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"replyToMode":{"$i":41},"sendReadReceipts":{"type":"boolean"},"selfChatMode":{"type":"boolean"},"groups":{"$i":135},"direct":{"$i":225},"reactionLevel":{"type":"string","enum":["off","ack","minimal","extensive"]},"pluginHooks":{"type":"object","properties":{"messageReceived":{"type":"boolean"}},"additionalProperties":false},"name":{"type":"string"},"authDir":{"type":"string"}},"additionalProperties":false}},"defaultAccount":{"type":"string"},"actions":{"type":"object","properties":{"reactions":{"type":"boolean"},"sendMessage":{"type":"boolean"},"polls":{"type":"boolean"},"calls":{"type":"boolean"}},"additionalProperties":false}},"required":["dmPolicy","groupPolicy","mediaMaxMb"],"additionalProperties":false},"zalo":{"type":"object","properties":{"name":{"type":"string"},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"markdown":{"$i":0},"botToken":{"$i":1},"tokenFile":{"type":"string"},"webhookUrl":{"type":"string"},"webhookSecret":{"$i":1},"webhookPath":{"type":"string"},"dmPolicy":{"type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"groupPolicy":{"type":"string","enum":["open","disabled","allowlist"]},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"mediaMaxMb":{"type":"number"},"proxy":{"type":"string"},"responsePrefix":{"type":"string"},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"accounts":{"type":"object","properties":{},"additionalProperties":{"type":"object","properties":{"name":{"type":"string"},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"markdown":{"$i":0},"botToken":{"$i":1},"tokenFile":{"type":"string"},"webhookUrl":{"type":"string"},"webhookSecret":{"$i":1},"webhookPath":{"type":"string"},"dmPolicy":{"type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"groupPolicy":{"type":"string","enum":["open","disabled","allowlist"]},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"mediaMaxMb":{"type":"number"},"proxy":{"type":"string"},"responsePrefix":{"type":"string"}},"additionalProperties":false}},"defaultAccount":{"type":"string"}},"additionalProperties":false},"zalouser":{"type":"object","properties":{"name":{"type":"string"},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"markdown":{"$i":0},"profile":{"type":"string"},"dangerouslyAllowNameMatching":{"type":"boolean"},"dmPolicy":{"type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"groupPolicy":{"default":"allowlist","type":"string","enum":["open","disabled","allowlist"]},"groups":{"$i":226},"messagePrefix":{"type":"string"},"responsePrefix":{"type":"string"},"accounts":{"type":"object","properties":{},"additionalProperties":{"type":"object","properties":{"name":{"type":"string"},"enabled":{"type":"boolean"},"configWrites":{"type":"boolean"},"mediaMaxMb":{"type":"number","exclusiveMinimum":0},"markdown":{"$i":0},"profile":{"type":"string"},"dangerouslyAllowNameMatching":{"type":"boolean"},"dmPolicy":{"type":"string","enum":["pairing","allowlist","open","disabled"]},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}},"groupPolicy":{"default":"allowlist","type":"string","enum":["open","disabled","allowlist"]},"groups":{"$i":226},"messagePrefix":{"type":"string"},"responsePrefix":{"type":"string"}},"required":["groupPolicy"],"additionalProperties":false}},"defaultAccount":{"type":"string"}},"required":["groupPolicy"],"additionalProperties":false}},"shared":[{"type":"object","properties":{"tables":{"type":"string","enum":["off","bullets","code","block"]}},"additionalProperties":false},{"anyOf":{"$i":2}},[{"type":"string"},{"$i":3}],{"oneOf":{"$i":4}},[{"$i":5},{"$i":7},{"$i":9},{"$i":11}],{"type":"object","properties":{"$i":6},"required":["source","provider","id"],"additionalProperties":false},{"source":{"type":"string","const":"env"},"provider":{"type":"string","pattern":"^[a-z][a-z0-9_-]{0,63}$"},"id":{"type":"string","pattern":"^[A-Z][A-Z0-9_]{0,127}$"}},{"type":"object","properties":{"$i":8},"required":["source","provider","id"],"additionalProperties":false},{"source":{"type":"string","const":"store"},"provider":{"type":"string","pattern":"^[a-z][a-z0-9_-]{0,63}$"},"id":{"type":"string","pattern":"^[A-Z][A-Z0-9_]{0,127}$"}},{"type":"object","properties":{"$i":10},"required":["source","provider","id"],"additionalProperties":false},{"source":{"type":"string","const":"file"},"provider":{"type":"string","pattern":"^[a-z][a-z0-9_-]{0,63}$"},"id":{"type":"string"}},{"type":"object","properties":{"$i":12},"required":["source","provider","id"],"additionalProperties":false},{"source":{"type":"string","const":"exec"},"provider":{"type":"string","pattern":"^[a-z][a-z0-9_-]{0,63}$"},"id":{"type":"string"}},{"type":"object","propertyNames":{"type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89aAbB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"},"additionalProperties":{"$i":14}},{"type":"object","properties":{"$i":15},"additionalProperties":false},{"enabled":{"type":"boolean"},"requireMention":{"type":"boolean"},"groupPolicy":{"type":"string","enum":["open","disabled","allowlist"]},"groupAllowFrom":{"type":"array","items":{"type":["string","number"]}}},{"type":"object","properties":{"$i":17},"additionalProperties":false},{"enabled":{"type":"boolean"},"maxEventsPerWindow":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"windowSeconds":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"cooldownSeconds":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991}},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"$i":19}},{"type":"object","properties":{"$i":20},"additionalProperties":false},{"requireMention":{"type":"boolean"},"mentionPatterns":{"type":"array","items":{"type":"string"}},"allowBots":{"anyOf":[{"type":"boolean"},{"type":"string","const":"mentions"}]},"botLoopProtection":{"$i":16}},{"type":"object","properties":{"$i":22},"additionalProperties":false},{"enabled":{"type":"boolean"},"workspace":{"type":"string"},"controlUrlBase":{"type":"string"},"section":{"type":"string"}},{"type":"object","properties":{"$i":24},"additionalProperties":false},{"mode":{"anyOf":[{"type":"string","const":"allow"},{"type":"string","const":"deny"}]},"allowIn":{"type":"array","items":{"type":"string"}},"denyIn":{"type":"array","items":{"type":"string"}}},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"$i":26}},{"type":"object","properties":{"historyLimit":{"type":"integer","minimum":0,"maximum":9007199254740991}},"additionalProperties":false},{"type":"object","properties":{"$i":28},"additionalProperties":false},{"mode":{"type":"string","enum":["off","partial","block","progress"]},"chunkMode":{"type":"string","enum":["length","newline"]},"preview":{"$i":29},"progress":{"$i":34},"block":{"$i":36}},{"type":"object","properties":{"$i":30},"additionalProperties":false},{"chunk":{"$i":31},"toolProgress":{"type":"boolean"},"commandText":{"type":"string","enum":["raw","status"]}},{"type":"object","properties":{"$i":32},"additionalProperties":false},{"minChars":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"maxChars":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"breakPreference":{"$i":33}},{"anyOf":[{"type":"string","const":"paragraph"},{"type":"string","const":"newline"},{"type":"string","const":"sentence"}]},{"type":"object","properties":{"$i":35},"additionalProperties":false},{"label":{"anyOf":[{"type":"string"},{"type":"boolean","const":false}]},"labels":{"type":"array","items":{"type":"string"}},"maxLines":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"maxLineChars":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"toolProgress":{"type":"boolean"},"commandText":{"type":"string","enum":["raw","status"]},"commentary":{"type":"boolean"},"narration":{"type":"boolean"}},{"type":"object","properties":{"$i":37},"additionalProperties":false},{"enabled":{"type":"boolean"},"coalesce":{"$i":38}},{"type":"object","properties":{"$i":39},"additionalProperties":false},{"minChars":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"maxChars":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"idleMs":{"type":"integer","minimum":0,"maximum":9007199254740991}},{"type":"object","properties":{"showOk":{"type":"boolean"},"showAlerts":{"type":"boolean"},"useIndicator":{"type":"boolean"}},"additionalProperties":false},{"anyOf":{"$i":42}},[{"type":"string","const":"off"},{"type":"string","const":"first"},{"type":"string","const":"all"},{"type":"string","const":"batched"}],{"type":"object","properties":{"$i":44},"additionalProperties":false},{"native":{"anyOf":[{"type":"boolean"},{"type":"string","const":"auto"}]},"nativeSkills":{"anyOf":[{"type":"boolean"},{"type":"string","const":"auto"}]}},{"type":"object","properties":{"clientSecret":{"type":"string","minLength":1},"applicationId":{"type":"string","pattern":"^\\\\d+$"}},"additionalProperties":false},{"type":"object","properties":{"$i":47},"additionalProperties":false},{"reactions":{"type":"boolean"},"stickers":{"type":"boolean"},"emojiUploads":{"type":"boolean"},"stickerUploads":{"type":"boolean"},"polls":{"type":"boolean"},"permissions":{"type":"boolean"},"messages":{"type":"boolean"},"threads":{"type":"boolean"},"pins":{"type":"boolean"},"search":{"type":"boolean"},"memberInfo":{"type":"boolean"},"roleInfo":{"type":"boolean"},"roles":{"type":"boolean"},"channelInfo":{"type":"boolean"},"voiceStatus":{"type":"boolean"},"events":{"type":"boolean"},"moderation":{"type":"boolean"},"channels":{"type":"boolean"},"presence":{"type":"boolean"}},{"type":"object","properties":{"$i":49},"additionalProperties":false},{"enabled":{"type":"boolean"},"groupEnabled":{"type":"boolean"},"groupChannels":{"type":"array","items":{"type":"string"}}},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"$i":51}},{"type":"object","properties":{"$i":52},"additionalProperties":false},{"requireMention":{"type":"boolean"},"tools":{"$i":53},"toolsBySender":{"$i":55},"slug":{"type":"string"},"ignoreOtherMentions":{"type":"boolean"},"reactionNotifications":{"type":"string","enum":["off","own","all","allowlist"]},"users":{"type":"array","items":{"type":"string"}},"roles":{"type":"array","items":{"type":"string"}},"presenceEvents":{"$i":56},"channels":{"$i":58}},{"type":"object","properties":{"$i":54},"additionalProperties":false},{"allow":{"type":"array","items":{"type":"string"}},"alsoAllow":{"type":"array","items":{"type":"string"}},"deny":{"type":"array","items":{"type":"string"}}},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"$i":53}},{"type":"object","properties":{"$i":57},"required":["channelId"],"additionalProperties":false},{"enabled":{"type":"boolean"},"channelId":{"type":"string","pattern":"^\\\\d+$"},"users":{"type":"array","items":{"type":"string","pattern":"^\\\\d+$"}},"reconnectSuppressSeconds":{"type":"integer","minimum":0,"maximum":9007199254740991},"burstLimit":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"burstWindowSeconds":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991}},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"$i":59}},{"type":"object","properties":{"$i":60},"additionalProperties":false},{"requireMention":{"type":"boolean"},"tools":{"$i":53},"toolsBySender":{"$i":55},"skills":{"type":"array","items":{"type":"string"}},"enabled":{"type":"boolean"},"systemPrompt":{"type":"string"},"ignoreOtherMentions":{"type":"boolean"},"users":{"type":"array","items":{"type":"string"}},"roles":{"type":"array","items":{"type":"string"}},"includeThreadStarter":{"type":"boolean"},"autoThread":{"type":"boolean"},"autoThreadName":{"type":"string","enum":["message","generated"]},"autoArchiveDuration":{"$i":61}},{"anyOf":{"$i":62}},[{"type":"string","enum":["60","1440","4320","10080"]},{"type":"number","const":60},{"type":"number","const":1440},{"type":"number","const":4320},{"type":"number","const":10080}],{"type":"object","properties":{"$i":64},"additionalProperties":false},{"enabled":{"anyOf":[{"type":"boolean"},{"type":"string","const":"auto"}]},"approvers":{"type":"array","items":{"type":"string"}},"agentFilter":{"type":"array","items":{"type":"string"}},"sessionFilter":{"type":"array","items":{"type":"string"}},"target":{"type":"string","enum":["dm","channel","both"]},"cleanupAfterResolve":{"type":"boolean"}},{"type":"object","properties":{"enabled":{"type":"boolean"},"ttlMs":{"type":"integer","exclusiveMinimum":0,"maximum":86400000}},"additionalProperties":false},{"type":"object","properties":{"$i":67},"additionalProperties":false},{"enabled":{"type":"boolean"},"idleHours":{"type":"number","minimum":0},"maxAgeHours":{"type":"number","minimum":0},"spawnSessions":{"type":"boolean"},"defaultSpawnContext":{"type":"string","enum":["isolated","fork"]}},{"type":"object","properties":{"$i":69},"additionalProperties":false},{"messageContent":{"type":"boolean"},"presence":{"type":"boolean"},"guildMembers":{"type":"boolean"},"voiceStates":{"type":"boolean"}},{"type":"object","properties":{"$i":71},"additionalProperties":false},{"enabled":{"type":"boolean"},"mode":{"type":"string","enum":["stt-tts","agent-proxy","bidi"]},"agentSession":{"$i":72},"model":{"type":"string","minLength":1},"realtime":{"$i":73},"autoJoin":{"$i":77},"followUsersEnabled":{"type":"boolean"},"followUsers":{"type":"array","items":{"type":"string","minLength":1}},"allowedChannels":{"$i":80},"daveEncryption":{"type":"boolean"},"decryptionFailureTolerance":{"type":"integer","minimum":0,"maximum":9007199254740991},"connectTimeoutMs":{"type":"integer","exclusiveMinimum":0,"maximum":120000},"reconnectGraceMs":{"type":"integer","exclusiveMinimum":0,"maximum":120000},"captureSilenceGraceMs":{"type":"integer","exclusiveMinimum":0,"maximum":30000},"tts":{"$i":82}},{"type":"object","properties":{"mode":{"type":"string","enum":["voice","target"]},"target":{"type":"string","minLength":1}},"additionalProperties":false},{"type":"object","properties":{"$i":74},"additionalProperties":false},{"provider":{"type":"string","minLength":1},"model":{"type":"string","minLength":1},"speakerVoice":{"type":"string","minLength":1},"speakerVoiceId":{"type":"string","minLength":1},"instructions":{"type":"string","minLength":1},"toolPolicy":{"type":"string","enum":["safe-read-only","owner","none"]},"consultPolicy":{"type":"string","enum":["auto","always"]},"requireWakeName":{"type":"boolean"},"wakeNames":{"$i":75},"bootstrapContextFiles":{"type":"array","items":{"type":"string","enum":["IDENTITY.md","USER.md","SOUL.md"]}},"bargeIn":{"type":"boolean"},"minBargeInAudioEndMs":{"type":"integer","minimum":0,"maximum":10000},"debounceMs":{"type":"integer","exclusiveMinimum":0,"maximum":10000},"providers":{"$i":76}},{"minItems":1,"type":"array","items":{"type":"string","minLength":1,"pattern":"^\\\\s*[^a-z0-9]*[a-z0-9]+(?:[^a-z0-9]+[a-z0-9]+)?[^a-z0-9]*\\\\s*$"}},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{}}},{"type":"array","items":{"$i":78}},{"type":"object","properties":{"$i":79},"required":["guildId","channelId"],"additionalProperties":false},{"guildId":{"type":"string","minLength":1},"channelId":{"type":"string","minLength":1},"whenOccupied":{"type":"boolean"}},{"type":"array","items":{"$i":81}},{"type":"object","properties":{"guildId":{"type":"string","minLength":1},"channelId":{"type":"string","minLength":1}},"required":["guildId","channelId"],"additionalProperties":false},{"type":"object","properties":{"$i":83},"additionalProperties":false},{"auto":{"type":"string","enum":["off","always","inbound","tagged"]},"enabled":{"type":"boolean"},"mode":{"type":"string","enum":["final","all"]},"provider":{"type":"string","minLength":1},"persona":{"type":"string"},"personas":{"$i":84},"summaryModel":{"type":"string"},"modelOverrides":{"$i":98},"providers":{"$i":89},"maxTextLength":{"type":"integer","minimum":1,"maximum":9007199254740991},"timeoutMs":{"type":"integer","minimum":1000,"maximum":120000}},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"$i":85}},{"type":"object","properties":{"$i":86},"additionalProperties":false},{"label":{"type":"string"},"description":{"type":"string"},"provider":{"type":"string","minLength":1},"fallbackPolicy":{"$i":87},"providers":{"$i":89}},{"anyOf":{"$i":88}},[{"type":"string","const":"preserve-persona"},{"type":"string","const":"provider-defaults"},{"type":"string","const":"fail"}],{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"$i":90}},{"type":"object","properties":{"$i":91},"additionalProperties":{"$i":96}},{"apiKey":{"$i":92}},{"anyOf":{"$i":93}},[{"type":"string"},{"$i":94}],{"oneOf":{"$i":95}},[{"$i":5},{"$i":9},{"$i":11},{"$i":7}],{"anyOf":{"$i":97}},[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"null"},{"type":"array","items":{}},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{}}],{"type":"object","properties":{"$i":99},"additionalProperties":false},{"enabled":{"type":"boolean"},"allowText":{"type":"boolean"},"allowProvider":{"type":"boolean"},"allowVoice":{"type":"boolean"},"allowModelId":{"type":"boolean"},"allowVoiceSettings":{"type":"boolean"},"allowNormalization":{"type":"boolean"},"allowSeed":{"type":"boolean"}},{"type":"object","properties":{"$i":101},"additionalProperties":false},{"enabled":{"type":"boolean"},"token":{"$i":1}},{"type":"object","properties":{"$i":103},"additionalProperties":false},{"enabled":{"type":"boolean"},"intervalMs":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"minUpdateIntervalMs":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991}},{"anyOf":{"$i":105}},[{"type":"number","const":0},{"type":"number","const":1},{"type":"number","const":2},{"type":"number","const":3},{"type":"number","const":4},{"type":"number","const":5}],{"type":"object","properties":{"runTimeoutMs":{"type":"integer","minimum":0,"maximum":9007199254740991}},"additionalProperties":false},{"type":"object","properties":{"$i":108},"additionalProperties":false},{"mode":{"type":"string","enum":["native","escape","strip"]},"tableMode":{"type":"string","enum":["native","ascii","simple"]}},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"$i":110}},{"type":"object","properties":{"$i":111},"additionalProperties":false},{"requireMention":{"type":"boolean"},"tools":{"$i":112},"skills":{"type":"array","items":{"type":"string"}},"enabled":{"type":"boolean"},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"systemPrompt":{"type":"string"},"groupSessionScope":{"type":"string","enum":["group","group_sender","group_topic","group_topic_sender"]},"topicSessionMode":{"type":"string","enum":["disabled","enabled"]},"replyInThread":{"type":"string","enum":["disabled","enabled"]}},{"type":"object","properties":{"allow":{"type":"array","items":{"type":"string"}},"deny":{"type":"array","items":{"type":"string"}}},"additionalProperties":false},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"$i":114}},{"type":"object","properties":{"enabled":{"type":"boolean"},"systemPrompt":{"type":"string"}},"additionalProperties":false},{"type":"object","properties":{"$i":116},"additionalProperties":false},{"visibility":{"type":"string","enum":["visible","hidden"]},"intervalMs":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991}},{"type":"object","properties":{"$i":118},"additionalProperties":false},{"mode":{"type":"string","enum":["off","partial"]},"chunkMode":{"type":"string","enum":["length","newline"]},"block":{"$i":36}},{"type":"object","properties":{"$i":120},"additionalProperties":false},{"doc":{"type":"boolean"},"chat":{"type":"boolean"},"wiki":{"type":"boolean"},"drive":{"type":"boolean"},"perm":{"type":"boolean"},"scopes":{"type":"boolean"},"bitable":{"type":"boolean"}},{"type":"object","properties":{"reactions":{"type":"boolean"},"sticker":{"type":"boolean"}},"additionalProperties":false},{"type":"object","properties":{"$i":123},"additionalProperties":false},{"auto":{"type":"string","enum":["off","always","inbound","tagged"]},"enabled":{"type":"boolean"},"mode":{"type":"string","enum":["final","all"]},"provider":{"type":"string"},"persona":{"type":"string"},"personas":{"$i":76},"summaryModel":{"type":"string"},"modelOverrides":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{}},"providers":{"$i":76},"prefsPath":{"type":"string"},"maxTextLength":{"type":"integer","minimum":1,"maximum":9007199254740991},"timeoutMs":{"type":"integer","minimum":1000,"maximum":120000}},{"type":"object","properties":{"$i":125},"additionalProperties":false},{"chunkMode":{"type":"string","enum":["length","newline"]},"block":{"$i":36}},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"$i":127}},{"type":"object","properties":{"$i":128},"additionalProperties":false},{"enabled":{"type":"boolean"},"requireMention":{"type":"boolean"},"botLoopProtection":{"$i":16},"users":{"type":"array","items":{"type":["string","number"]}},"systemPrompt":{"type":"string"}},{"anyOf":{"$i":130}},[{"type":"string"},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{}},{"$i":94}],{"type":"object","properties":{"$i":132},"additionalProperties":false},{"reactions":{"type":"boolean"},"edit":{"type":"boolean"},"unsend":{"type":"boolean"},"reply":{"type":"boolean"},"sendWithEffect":{"type":"boolean"},"renameGroup":{"type":"boolean"},"setGroupIcon":{"type":"boolean"},"addParticipant":{"type":"boolean"},"removeParticipant":{"type":"boolean"},"leaveGroup":{"type":"boolean"},"sendAttachment":{"type":"boolean"},"polls":{"type":"boolean"}},{"type":"object","properties":{"$i":134},"additionalProperties":false},{"enabled":{"type":"boolean"},"maxAgeMinutes":{"type":"integer","minimum":1,"maximum":720},"perRunLimit":{"type":"integer","minimum":1,"maximum":500},"firstRunLookbackMinutes":{"type":"integer","minimum":1,"maximum":720},"maxFailureRetries":{"type":"integer","minimum":1,"maximum":1000}},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"$i":136}},{"type":"object","properties":{"$i":137},"additionalProperties":false},{"requireMention":{"type":"boolean"},"tools":{"$i":53},"toolsBySender":{"$i":55},"systemPrompt":{"type":"string"}},{"type":"object","properties":{"$i":139},"additionalProperties":false},{"enabled":{"type":"boolean"},"service":{"type":"string"},"password":{"type":"string"},"passwordFile":{"type":"string"},"register":{"type":"boolean"},"registerEmail":{"type":"string"}},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"$i":141}},{"type":"object","properties":{"$i":142},"additionalProperties":false},{"requireMention":{"type":"boolean"},"tools":{"$i":53},"toolsBySender":{"$i":55},"skills":{"type":"array","items":{"type":"string"}},"enabled":{"type":"boolean"},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"systemPrompt":{"type":"string"}},{"type":"object","properties":{"$i":144},"additionalProperties":false},{"enabled":{"type":"boolean"},"idleHours":{"type":"number"},"maxAgeHours":{"type":"number"},"spawnSessions":{"type":"boolean"},"defaultSpawnContext":{"type":"string","enum":["isolated","fork"]}},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"$i":146}},{"type":"object","properties":{"$i":147},"additionalProperties":false},{"requireMention":{"type":"boolean"},"skills":{"type":"array","items":{"type":"string"}},"enabled":{"type":"boolean"},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"systemPrompt":{"type":"string"}},{"type":"object","properties":{"$i":149},"additionalProperties":false},{"label":{"anyOf":[{"type":"string"},{"type":"boolean","const":false}]},"labels":{"type":"array","items":{"type":"string"}},"maxLines":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"maxLineChars":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"toolProgress":{"type":"boolean"},"commandText":{"type":"string","enum":["raw","status"]}},{"type":"object","properties":{"$i":151},"additionalProperties":false},{"enabled":{"anyOf":[{"type":"boolean"},{"type":"string","const":"auto"}]},"approvers":{"type":"array","items":{"type":["string","number"]}},"agentFilter":{"type":"array","items":{"type":"string"}},"sessionFilter":{"type":"array","items":{"type":"string"}},"target":{"type":"string","enum":["dm","channel","both"]}},{"type":"object","properties":{},"additionalProperties":{"$i":153}},{"type":"object","properties":{"$i":154},"additionalProperties":false},{"requireMention":{"type":"boolean"},"tools":{"$i":53},"skills":{"type":"array","items":{"type":"string"}},"enabled":{"type":"boolean"},"systemPrompt":{"type":"string"},"account":{"type":"string"},"allowBots":{"anyOf":[{"type":"boolean"},{"type":"string","const":"mentions"}]},"botLoopProtection":{"$i":16},"autoReply":{"type":"boolean"},"users":{"type":"array","items":{"type":["string","number"]}}},{"type":"object","properties":{"replyToBot":{"type":"boolean"},"quotedBot":{"type":"boolean"},"threadParticipation":{"type":"boolean"}},"additionalProperties":false},{"type":"object","properties":{"$i":157},"additionalProperties":false},{"mode":{"type":"string","enum":["off","partial","block","progress"]},"chunkMode":{"type":"string","enum":["length","newline"]},"preview":{"$i":158},"progress":{"$i":148},"block":{"$i":36}},{"type":"object","properties":{"toolProgress":{"type":"boolean"},"commandText":{"type":"string","enum":["raw","status"]}},"additionalProperties":false},{"type":"object","properties":{"$i":160},"additionalProperties":false},{"direct":{"type":"string","enum":["off","first","all","batched"]},"group":{"type":"string","enum":["off","first","all","batched"]},"channel":{"type":"string","enum":["off","first","all","batched"]}},{"type":"object","properties":{"messages":{"type":"boolean"},"reactions":{"type":"boolean"}},"additionalProperties":false},{"type":"object","properties":{"$i":163},"additionalProperties":false},{"native":{"anyOf":[{"type":"boolean"},{"type":"string","const":"auto"}]},"nativeSkills":{"anyOf":[{"type":"boolean"},{"type":"string","const":"auto"}]},"callbackPath":{"type":"string"},"callbackUrl":{"type":"string"}},{"type":"object","properties":{"callbackBaseUrl":{"type":"string"},"allowedSourceIps":{"type":"array","items":{"type":"string"}}},"additionalProperties":false},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"requireMention":{"type":"boolean"}},"additionalProperties":false}},{"type":"object","properties":{"$i":167},"additionalProperties":false},{"maxRetries":{"type":"integer","minimum":0,"maximum":10},"initialDelayMs":{"type":"integer","minimum":100,"maximum":60000},"maxDelayMs":{"type":"integer","minimum":1000,"maximum":60000},"timeoutMs":{"type":"integer","minimum":5000,"maximum":120000}},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"$i":169}},{"type":"object","properties":{"$i":170},"additionalProperties":false},{"requireMention":{"type":"boolean"},"tools":{"$i":53},"skills":{"type":"array","items":{"type":"string"}},"enabled":{"type":"boolean"},"allowFrom":{"type":"array","items":{"type":"string"}},"systemPrompt":{"type":"string"}},{"type":"object","properties":{"$i":172},"additionalProperties":false},{"outbound":{"type":"string","maxLength":2000,"pattern":"\\\\S"},"inbound":{"type":"string","maxLength":2000,"pattern":"\\\\S"}},{"oneOf":{"$i":174}},[{"$i":175},{"$i":177},{"$i":179}],{"type":"object","properties":{"$i":176},"required":["kind"],"additionalProperties":false},{"kind":{"type":"string","const":"managed-native"},"configPath":{"type":"string"},"socketPath":{"type":"string","pattern":"^\\\\/(?!\\\\/)[^\\\\0]*[^/\\\\0]$"},"url":{"type":"string","pattern":"^[Hh][Tt][Tt][Pp][Ss]?:\\\\/\\\\/(?![^/?#]*@)"},"httpHost":{"type":"string"},"httpPort":{"type":"integer","minimum":1,"maximum":65535},"cliPath":{"type":"string"},"startupTimeoutMs":{"type":"integer","minimum":1000,"maximum":120000},"receiveMode":{"anyOf":[{"type":"string","const":"on-start"},{"type":"string","const":"manual"}]},"ignoreStories":{"type":"boolean"}},{"type":"object","properties":{"$i":178},"required":["kind","url"],"additionalProperties":false},{"kind":{"type":"string","const":"external-native"},"url":{"type":"string","pattern":"^[Hh][Tt][Tt][Pp][Ss]?:\\\\/\\\\/(?![^/?#]*@)"}},{"type":"object","properties":{"$i":180},"required":["kind","url"],"additionalProperties":false},{"kind":{"type":"string","const":"container"},"url":{"type":"string","pattern":"^[Hh][Tt][Tt][Pp][Ss]?:\\\\/\\\\/(?![^/?#]*@)"}},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"$i":182}},{"type":"object","properties":{"$i":183},"additionalProperties":false},{"requireMention":{"type":"boolean"},"tools":{"$i":53},"toolsBySender":{"$i":55},"ingest":{"type":"boolean"}},{"type":"object","properties":{"$i":185},"additionalProperties":false},{"direct":{"$i":41},"group":{"$i":41}},{"type":"object","properties":{"$i":187},"additionalProperties":false},{"mode":{"type":"string","enum":["off","partial","block","progress"]},"chunkMode":{"type":"string","enum":["length","newline"]},"preview":{"$i":29},"progress":{"$i":188},"block":{"$i":36},"nativeTransport":{"type":"boolean"}},{"type":"object","properties":{"$i":189},"additionalProperties":false},{"label":{"anyOf":[{"type":"string"},{"type":"boolean","const":false}]},"labels":{"type":"array","items":{"type":"string"}},"maxLines":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"maxLineChars":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"toolProgress":{"type":"boolean"},"commandText":{"type":"string","enum":["raw","status"]},"commentary":{"type":"boolean"},"narration":{"type":"boolean"},"style":{"type":"string","enum":["card","compact"]},"nativeTaskCards":{"type":"boolean"}},{"type":"object","properties":{"$i":191},"additionalProperties":false},{"url":{"type":"string"},"authToken":{"$i":1},"gatewayId":{"type":"string"}},{"type":"object","properties":{"$i":193},"additionalProperties":false},{"direct":{"$i":41},"group":{"$i":41},"channel":{"$i":41}},{"type":"object","properties":{"$i":195},"additionalProperties":false},{"historyScope":{"type":"string","enum":["thread","channel"]},"inheritParent":{"type":"boolean"},"initialHistoryLimit":{"type":"integer","minimum":0,"maximum":9007199254740991}},{"type":"object","properties":{"mode":{"type":"string","enum":["off","auto","on"]},"prompt":{"type":"string","maxLength":20000}},"additionalProperties":false},{"type":"object","properties":{"$i":198},"additionalProperties":false},{"reactions":{"type":"boolean"},"messages":{"type":"boolean"},"pins":{"type":"boolean"},"search":{"type":"boolean"},"permissions":{"type":"boolean"},"memberInfo":{"type":"boolean"},"channelInfo":{"type":"boolean"},"emojiList":{"type":"boolean"}},{"type":"object","properties":{"enabled":{"type":"boolean"},"name":{"type":"string"},"sessionPrefix":{"type":"string"},"ephemeral":{"type":"boolean"}},"additionalProperties":false},{"type":"object","properties":{"$i":201},"additionalProperties":false},{"enabled":{"type":"boolean"},"groupEnabled":{"type":"boolean"},"groupChannels":{"type":"array","items":{"type":["string","number"]}}},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"$i":203}},{"type":"object","properties":{"$i":204},"additionalProperties":false},{"requireMention":{"type":"boolean"},"tools":{"$i":53},"toolsBySender":{"$i":55},"skills":{"type":"array","items":{"type":"string"}},"enabled":{"type":"boolean"},"systemPrompt":{"type":"string"},"ignoreOtherMentions":{"type":"boolean"},"replyToMode":{"$i":41},"allowBots":{"anyOf":[{"type":"boolean"},{"type":"string","const":"mentions"}]},"botLoopProtection":{"$i":16},"users":{"type":"array","items":{"type":["string","number"]}},"presenceEvents":{"$i":196}},{"anyOf":{"$i":206}},[{"type":"array","items":{"type":"string"}},{"$i":207}],{"type":"object","properties":{"inlineButtons":{"type":"string","enum":["off","dm","group","all","allowlist"]}},"additionalProperties":false},{"type":"array","items":{"$i":209}},{"type":"object","properties":{"command":{"type":"string"},"description":{"type":"string"}},"required":["command","description"],"additionalProperties":false},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"$i":211}},{"type":"object","properties":{"$i":212},"additionalProperties":false},{"requireMention":{"type":"boolean"},"tools":{"$i":53},"toolsBySender":{"$i":55},"skills":{"type":"array","items":{"type":"string"}},"enabled":{"type":"boolean"},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"systemPrompt":{"type":"string"},"ingest":{"type":"boolean"},"disableAudioPreflight":{"type":"boolean"},"groupPolicy":{"type":"string","enum":["open","disabled","allowlist"]},"topics":{"$i":213},"errorPolicy":{"type":"string","enum":["always","once","silent"]}},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"$i":214}},{"type":"object","properties":{"$i":215},"additionalProperties":false},{"requireMention":{"type":"boolean"},"ingest":{"type":"boolean"},"disableAudioPreflight":{"type":"boolean"},"groupPolicy":{"type":"string","enum":["open","disabled","allowlist"]},"skills":{"type":"array","items":{"type":"string"}},"enabled":{"type":"boolean"},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"systemPrompt":{"type":"string"},"agentId":{"type":"string"},"errorPolicy":{"type":"string","enum":["always","once","silent"]}},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"$i":217}},{"type":"object","properties":{"$i":218},"additionalProperties":false},{"dmPolicy":{"type":"string","enum":["pairing","allowlist","open","disabled"]},"tools":{"$i":53},"toolsBySender":{"$i":55},"skills":{"type":"array","items":{"type":"string"}},"enabled":{"type":"boolean"},"allowFrom":{"type":"array","items":{"type":["string","number"]}},"systemPrompt":{"type":"string"},"topics":{"$i":213},"errorPolicy":{"type":"string","enum":["always","once","silent"]},"requireTopic":{"type":"boolean"},"autoTopicLabel":{"$i":219}},{"anyOf":{"$i":220}},[{"type":"boolean"},{"type":"object","properties":{"enabled":{"type":"boolean"},"prompt":{"type":"string"}},"additionalProperties":false}],{"type":"object","properties":{"$i":222},"additionalProperties":false},{"autoSelectFamily":{"type":"boolean"},"dnsResultOrder":{"type":"string","enum":["ipv4first","verbatim"]},"dangerouslyAllowPrivateNetwork":{"type":"boolean"}},{"type":"object","properties":{"$i":224},"additionalProperties":false},{"reactions":{"type":"boolean"},"sendMessage":{"type":"boolean"},"poll":{"type":"boolean"},"deleteMessage":{"type":"boolean"},"editMessage":{"type":"boolean"},"sticker":{"type":"boolean"},"createForumTopic":{"type":"boolean"},"editForumTopic":{"type":"boolean"}},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"systemPrompt":{"type":"string"}},"additionalProperties":false}},{"type":"object","properties":{},"additionalProperties":{"$i":227}},{"type":"object","properties":{"$i":228},"additionalProperties":false},{"requireMention":{"type":"boolean"},"tools":{"$i":53},"enabled":{"type":"boolean"}}],"installable":{"buzz":"buzz","clickclack":"clickclack","discord":"discord","feishu":"feishu","googlechat":"googlechat","imessage":"imessage","irc":"irc","line":"line","matrix":"matrix","mattermost":"mattermost","msteams":"msteams","nextcloud-talk":"nextcloud-talk","nostr":"nostr","raft":"raft","signal":"signal","slack":"slack","sms":"sms","synology-chat":"synology-chat","tlon":"tlon","twitch":"twitch","whatsapp":"whatsapp","zalo":"zalo","zalouser":"zalouser"},"aliases":{"lark":"feishu","gchat":"googlechat","google-chat":"googlechat","imsg":"imessage","internet-relay-chat":"irc","teams":"msteams","nc":"nextcloud-talk","nc-talk":"nextcloud-talk","twitch-chat":"twitch","zl":"zalo","zlu":"zalouser"}}';
/** { bundled: [plugin id], official: external plugin id -> install spec }, JSON. */
const PLUGINS_JSON = '{"bundled":["a2a","active-memory","admin-http-rpc","alibaba","anthropic","apple-fm","azure-speech","beam","bonjour","browser","canvas","clawrouter","code-mode-quickjs","copilot-proxy","crabbox","cua-computer","deepgram","device-pair","document-extract","elevenlabs","fal","file-transfer","geolocation","github","github-copilot","google","huggingface","imap","linux-node","litellm","llm-task","lmstudio","logbook","memory-core","memory-wiki","microsoft","microsoft-foundry","migrate-claude","migrate-hermes","minimax","nvidia","oc-path","ollama","onepassword","openai","opencode-go","openrouter","policy","reef","runway","senseaudio","session-share","sglang","talk-voice","telegram","together","tts-local-cli","vault","vllm","web-readability","webhooks","workboard","xai"],"official":{"buzz":"@openclaw/buzz","clickclack":"@openclaw/clickclack","discord":"@openclaw/discord","feishu":"@openclaw/feishu","googlechat":"@openclaw/googlechat","imessage":"@openclaw/imessage","irc":"@openclaw/irc","line":"@openclaw/line","matrix":"@openclaw/matrix","mattermost":"@openclaw/mattermost","msteams":"@openclaw/msteams","nextcloud-talk":"@openclaw/nextcloud-talk","nostr":"@openclaw/nostr","openclaw-weixin":"@tencent-weixin/openclaw-weixin@2.4.8","openclaw-zaloclawbot":"@zalo-platforms/openclaw-zaloclawbot@0.1.4","openclaw-qqbot":"@tencent-connect/openclaw-qqbot@2.0.3","raft":"@openclaw/raft","signal":"@openclaw/signal","slack":"@openclaw/slack","sms":"@openclaw/sms","synology-chat":"@openclaw/synology-chat","tlon":"@openclaw/tlon","twitch":"@openclaw/twitch","wecom-openclaw-plugin":"@wecom/wecom-openclaw-plugin@2026.7.2","whatsapp":"@openclaw/whatsapp","openclaw-plugin-yuanbao":"openclaw-plugin-yuanbao@2.18.2","zalo":"@openclaw/zalo","zalouser":"@openclaw/zalouser","amazon-bedrock":"@openclaw/amazon-bedrock-provider","amazon-bedrock-mantle":"@openclaw/amazon-bedrock-mantle-provider","anthropic-vertex":"@openclaw/anthropic-vertex-provider","arcee":"@openclaw/arcee-provider","baseten":"@openclaw/baseten-provider","byteplus":"@openclaw/byteplus-provider","cerebras":"@openclaw/cerebras-provider","chutes":"@openclaw/chutes-provider","cohere":"@openclaw/cohere-provider","cloudflare-ai-gateway":"@openclaw/cloudflare-ai-gateway-provider","comfy":"@openclaw/comfy-provider","deepinfra":"@openclaw/deepinfra-provider","deepseek":"@openclaw/deepseek-provider","featherless":"@openclaw/featherless-provider","gmi":"@openclaw/gmi-provider","longcat":"@openclaw/longcat-provider","meta":"@openclaw/meta-provider","mistral":"@openclaw/mistral-provider","novita":"@openclaw/novita-provider","opencode":"@openclaw/opencode-provider","groq":"@openclaw/groq-provider","kilocode":"@openclaw/kilocode-provider","kimi":"@openclaw/kimi-provider","opencode-go":"@openclaw/opencode-go-provider","pixverse":"@openclaw/pixverse-provider","qianfan":"@openclaw/qianfan-provider","qwen":"@openclaw/qwen-provider","radius":"@openclaw/radius-provider","fireworks":"@openclaw/fireworks-provider","moonshot":"@openclaw/moonshot-provider","tencent":"@openclaw/tencent-provider","venice":"@openclaw/venice-provider","vercel-ai-gateway":"@openclaw/vercel-ai-gateway-provider","vydra":"@openclaw/vydra-provider","xiaomi":"@openclaw/xiaomi-provider","zai":"@openclaw/zai-provider","synthetic":"@openclaw/synthetic-provider","voyage":"@openclaw/voyage-provider","volcengine":"@openclaw/volcengine-provider","stepfun":"@openclaw/stepfun-provider","acpx":"@openclaw/acpx","brave":"@openclaw/brave-plugin","codex":"@openclaw/codex","copilot":"@openclaw/copilot","diagnostics-otel":"@openclaw/diagnostics-otel","diagnostics-prometheus":"@openclaw/diagnostics-prometheus","diffs":"@openclaw/diffs","diffs-language-pack":"@openclaw/diffs-language-pack","duckduckgo":"@openclaw/duckduckgo-plugin","exa":"@openclaw/exa-plugin","facetime":"@openclaw/facetime","firecrawl":"@openclaw/firecrawl-plugin","fish-audio-speech":"@openclaw/fish-audio-speech","google-meet":"@openclaw/google-meet","gradium":"@openclaw/gradium-speech","inworld":"@openclaw/inworld-speech","lobster":"@openclaw/lobster","memory-lancedb":"@openclaw/memory-lancedb","llama-cpp":"@openclaw/llama-cpp-provider","mxc":"@openclaw/mxc-sandbox","onnx":"@openclaw/onnx","openshell":"@openclaw/openshell-sandbox","parallel":"@openclaw/parallel-plugin","perplexity":"@openclaw/perplexity-plugin","searxng":"@openclaw/searxng-plugin","tavily":"@openclaw/tavily-plugin","team-reports":"@openclaw/team-reports","teams-meetings":"@openclaw/teams-meetings","tokenjuice":"@openclaw/tokenjuice","typesafe":"@openclaw/typesafe","voice-call":"@openclaw/voice-call","zoom-meetings":"@openclaw/zoom-meetings"}}';

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/schema-node.js
// The compact form of OpenClaw 2026.9.6's config schema (release-config-schema.ts, generated):
// enough structure to refuse unknown keys and wrong types the way the release's reader does, and
// to put keys in the order the reader's schema parse leaves them.

function isObjectNode(node) {
    return typeof node === 'object' && 'o' in node;
}
/** The property node for `key` of an object node, if the schema declares it. */
function propertyNode(node, key) {
    return node.o.find(([name]) => name === key)?.[1];
}
/** The node at a path of declared object keys (`*` steps into records), if there is one. */
function nodeAtPath(node, path) {
    let current = node;
    for (const step of path) {
        if (current === undefined || typeof current !== 'object')
            return undefined;
        const unwrapped = 'q' in current ? current.q : current;
        if (isObjectNode(unwrapped))
            current = propertyNode(unwrapped, step);
        else if (typeof unwrapped === 'object' && 'r' in unwrapped && step === '*')
            current = unwrapped.r;
        else
            return undefined;
    }
    return current;
}
/** Replaces `{ "$i": n }` by the shared subschema n (itself resolved). */
function resolveShared(value, shared, resolved = new Map()) {
    if (value === null || typeof value !== 'object')
        return value;
    if (Array.isArray(value))
        return value.map((item) => resolveShared(item, shared, resolved));
    const record = value;
    if (typeof record.$i === 'number' && Object.keys(record).length === 1) {
        // Each shared subschema is resolved once; the same (read-only) object stands at every place
        // that refers to it, instead of a fresh copy per reference.
        const index = record.$i;
        if (!resolved.has(index))
            resolved.set(index, resolveShared(shared[index], shared, resolved));
        return resolved.get(index);
    }
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, resolveShared(v, shared, resolved)]));
}
let coreSchema;
/** The release's root config schema. */
function releaseConfigSchema() {
    if (coreSchema === undefined) {
        const data = JSON.parse(CORE_SCHEMA_JSON);
        coreSchema = resolveShared(data.root, data.shared);
    }
    return coreSchema;
}
let channelSchemas;
function releaseChannelSchemas() {
    if (channelSchemas === undefined) {
        const data = JSON.parse(CHANNEL_SCHEMAS_JSON);
        const schemas = resolveShared(data.schemas, data.shared);
        channelSchemas = { schemas, installable: data.installable, aliases: data.aliases };
    }
    return channelSchemas;
}
let plugins;
function releasePlugins() {
    if (plugins === undefined) {
        const data = JSON.parse(PLUGINS_JSON);
        plugins = { bundled: new Set(data.bundled), official: data.official };
    }
    return plugins;
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/channel-catalog.js
// The channels OpenClaw 2026.9.6 knows (its bundled channel config metadata): which ids a config
// may use, their schemas, and which belong to plugins the CLI installs on demand (all but
// telegram, a2a and reef, whose plugins ship with the release).


/** `channels` keys that hold shared settings, not a channel. */
const CHANNEL_METADATA_KEYS = new Set(['defaults', 'modelByChannel']);
/** A known channel's config schema. */
function channelSchema(channelId) {
    const { schemas } = releaseChannelSchemas();
    return Object.hasOwn(schemas, channelId) ? schemas[channelId] : undefined;
}
/** Every known channel id, in the release's channel metadata order. */
function knownChannelIds() {
    return Object.keys(releaseChannelSchemas().schemas);
}
/** The plugin of a channel that the CLI installs on demand. */
function installableChannelPlugin(channelId) {
    const { installable } = releaseChannelSchemas();
    return Object.hasOwn(installable, channelId) ? installable[channelId] : undefined;
}
/** Whether `channels.<key>` names a channel (or shared settings) the release accepts. */
function isKnownChannelKey(key) {
    const trimmed = key.trim();
    return CHANNEL_METADATA_KEYS.has(trimmed) || channelSchema(trimmed) !== undefined;
}
/** The channel id a route binding's `match.channel` means (aliases resolved, lowercased). */
function routeBindingChannelId(raw) {
    const lowered = raw.trim().toLowerCase();
    if (lowered === '')
        return undefined;
    const { aliases } = releaseChannelSchemas();
    return Object.hasOwn(aliases, lowered) ? aliases[lowered] : lowered;
}
/** Plugins the config turns off (`plugins.deny`, `plugins.entries.<id>.enabled: false`). */
function blockedPluginIds(config) {
    const plugins = record_isRecord(config.plugins) ? config.plugins : {};
    const blocked = new Set();
    for (const id of Array.isArray(plugins.deny) ? plugins.deny : []) {
        if (typeof id === 'string' && id.trim() !== '')
            blocked.add(id.trim());
    }
    const entries = record_isRecord(plugins.entries) ? plugins.entries : {};
    for (const [id, entry] of Object.entries(entries)) {
        if (id.trim() !== '' && record_isRecord(entry) && entry.enabled === false)
            blocked.add(id.trim());
    }
    return blocked;
}
/** A channel with settings beyond `enabled` that is not explicitly disabled. */
function isMeaningfullyConfigured(value) {
    return record_isRecord(value) && value.enabled !== false && Object.keys(value).some((key) => key !== 'enabled');
}
/**
 * The plugins the CLI's start-up migration tries to install: those of configured channels and the
 * official external plugins with a `plugins.entries` entry. Offline (as the recorded fixtures
 * ran) the install fails and the reader keeps those channels' settings as written (no defaults),
 * with a warning for each channel and plugin entry.
 */
function pendingInstallPluginIds(config) {
    const plugins = record_isRecord(config.plugins) ? config.plugins : {};
    if (plugins.enabled === false)
        return new Set();
    const blocked = blockedPluginIds(config);
    const entries = record_isRecord(plugins.entries) ? plugins.entries : {};
    const channels = record_isRecord(config.channels) ? config.channels : {};
    const { bundled, official } = releasePlugins();
    const pending = new Set();
    for (const [id, entry] of Object.entries(entries)) {
        const pluginId = id.trim();
        if (record_isRecord(entry) && entry.enabled === false)
            continue;
        if (Object.hasOwn(official, pluginId) && !bundled.has(pluginId) && !blocked.has(pluginId))
            pending.add(pluginId);
    }
    for (const [key, value] of Object.entries(channels)) {
        const pluginId = installableChannelPlugin(key.trim());
        if (pluginId === undefined || blocked.has(pluginId))
            continue;
        const entry = entries[pluginId];
        const pluginConfigured = Object.hasOwn(entries, pluginId) && !(record_isRecord(entry) && entry.enabled === false);
        if (isMeaningfullyConfigured(value) || pluginConfigured)
            pending.add(pluginId);
    }
    return pending;
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/agent-roles.js
// What the reader materialises when a multi-agent roster names its default agent with the
// legacy `default:true` marker: that agent becomes the explicit owner of every per-surface role
// (heartbeat, system agent, auth inheritance, a fixed session store, talk) and of every configured
// channel that no channel-wide route binding owns yet.



const agent_roles_CHANNEL_METADATA_KEYS = new Set(['defaults', 'modelByChannel']);
function agent_roles_trimmedString(value) {
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
/** A binding that routes a whole channel (`accountId: "*"`, no peer, guild, team or roles). */
function isChannelWideBinding(binding, channelId) {
    const match = binding.match;
    if (!record_isRecord(match))
        return false;
    const channel = typeof match.channel === 'string' ? routeBindingChannelId(match.channel) : undefined;
    return (channel === channelId &&
        (typeof match.accountId === 'string' ? match.accountId.trim() : undefined) === '*' &&
        match.peer === undefined &&
        agent_roles_trimmedString(match.guildId) === undefined &&
        agent_roles_trimmedString(match.teamId) === undefined &&
        (!Array.isArray(match.roles) || match.roles.length === 0));
}
/** Configured (not disabled) channels without a channel-wide route binding, sorted. */
function unboundChannelIds(config) {
    if (config.bindings !== undefined && !Array.isArray(config.bindings))
        return [];
    const bindings = (config.bindings ?? []).filter((binding) => record_isRecord(binding) && binding.type !== 'acp');
    const channels = new Set();
    for (const [key, value] of Object.entries(record_isRecord(config.channels) ? config.channels : {})) {
        const channelId = routeBindingChannelId(key);
        if (channelId === undefined || agent_roles_CHANNEL_METADATA_KEYS.has(key.trim()))
            continue;
        if (!record_isRecord(value) || value.enabled !== false)
            channels.add(channelId);
    }
    return [...channels]
        .sort()
        .filter((channelId) => !bindings.some((b) => isChannelWideBinding(b, channelId)));
}
function agentEntryValues(config) {
    const agents = record_isRecord(config.agents) ? config.agents : {};
    const entries = record_isRecord(agents.entries) ? agents.entries : {};
    return Object.values(entries).filter((entry) => record_isRecord(entry));
}
/** The single configured agent (or `main` when there is none or several). */
function soleAgentOrMain(config) {
    const agents = record_isRecord(config.agents) ? config.agents : {};
    const ids = Object.entries(record_isRecord(agents.entries) ? agents.entries : {})
        .filter(([, entry]) => record_isRecord(entry))
        .map(([id]) => id);
    return ids.length === 1 ? normalizeAgentId(ids[0]) : 'main';
}
/** A session store path shared by all agents (no `{agentId}` placeholder). */
function isFixedSessionStore(store) {
    return typeof store === 'string' && store.trim() !== '' && !store.includes('{agentId}');
}
/**
 * `materializeLegacyDefaultAgentRoles`: the config with the roles given to `legacyDefault`, and
 * whether anything was inserted.
 */
function materializeLegacyDefaultRoles(config, legacyDefault) {
    const agentId = normalizeAgentId(legacyDefault);
    let next = config;
    let inserted = false;
    const channels = unboundChannelIds(config);
    if (channels.length > 0) {
        const existing = Array.isArray(next.bindings) ? next.bindings : [];
        const generated = channels.map((channel) => ({ agentId, match: { channel, accountId: '*' } }));
        next = { ...next, bindings: [...existing, ...generated] };
        inserted = true;
    }
    const agents = record_isRecord(config.agents) ? config.agents : {};
    const rawDefaults = agents.defaults;
    if (rawDefaults === undefined || record_isRecord(rawDefaults)) {
        const defaults = { ...(record_isRecord(rawDefaults) ? rawDefaults : {}) };
        const unset = (key) => {
            const value = defaults[key];
            return value === undefined || (record_isRecord(value) && !Object.hasOwn(value, 'agentId'));
        };
        const roles = [
            [
                'heartbeat',
                !agentEntryValues(config).some((entry) => Boolean(entry.heartbeat)) &&
                    defaults.heartbeat === undefined,
            ],
            ['systemAgent', unset('systemAgent')],
            ['authInheritance', agentId !== soleAgentOrMain(config) && unset('authInheritance')],
            [
                'sessionStore',
                isFixedSessionStore(record_isRecord(config.session) ? config.session.store : undefined) &&
                    unset('sessionStore'),
            ],
        ];
        let changed = false;
        for (const [key, enabled] of roles) {
            if (!enabled)
                continue;
            defaults[key] = { ...(record_isRecord(defaults[key]) ? defaults[key] : {}), agentId };
            changed = true;
        }
        if (changed) {
            const nextAgents = record_isRecord(next.agents) ? next.agents : {};
            next = { ...next, agents: { ...nextAgents, defaults } };
            inserted = true;
        }
    }
    const talk = config.talk;
    if (talk === undefined || (record_isRecord(talk) && !Object.hasOwn(talk, 'agentId'))) {
        next = { ...next, talk: { ...(record_isRecord(talk) ? talk : {}), agentId } };
        inserted = true;
    }
    return { config: next, inserted };
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/agent-roster.js
// The reader's roster migration (`migratePersistedImplicitMainRoster`): the legacy `agents.list`
// becomes `agents.entries` keyed by id, a config without agents gets the implicit agent `main`,
// and a multi-agent roster's single `default:true` marker turns into explicit per-surface owners
// (agent-roles.ts) before the markers are removed. Rosters it cannot convert are left as they
// are; the schema then refuses them.



const MOVED = 'Moved agents.list to keyed agents.entries.';
/** `agents.list` as keyed entries, or undefined when an id is missing, non-canonical or repeated. */
function keyedLegacyList(list) {
    if (!Array.isArray(list))
        return undefined;
    const entries = {};
    for (const item of list) {
        if (!record_isRecord(item))
            return undefined;
        const { id, ...settings } = item;
        if (typeof id !== 'string' || id === '' || id.trim() !== id)
            return undefined;
        if (normalizeAgentId(id) !== id || Object.hasOwn(entries, id))
            return undefined;
        entries[id] = settings;
    }
    return entries;
}
/** Which roster the raw `agents` section owns: `entries` wins over `list`. */
function agent_roster_rosterOf(agents) {
    if (Object.hasOwn(agents, 'entries') && agents.entries !== undefined)
        return { kind: 'entries', value: agents.entries };
    if (Object.hasOwn(agents, 'list') && agents.list !== undefined)
        return { kind: 'list', value: agents.list };
    return undefined;
}
/** A converted multi-agent list without markers keeps the first agent on the shared workspace. */
function firstAgentWorkspacePin(agents, entries, options) {
    const values = Object.values(entries);
    const first = values[0];
    if (agents.ownership !== undefined || values.length < 2 || first === undefined)
        return undefined;
    if (!values.every((entry) => !Object.hasOwn(entry, 'default') || entry.default === false))
        return undefined;
    const authored = first.workspace;
    if (Object.hasOwn(first, 'workspace') && !(typeof authored === 'string' && authored.trim() === ''))
        return undefined;
    const defaults = record_isRecord(agents.defaults) ? agents.defaults : {};
    const shared = typeof defaults.workspace === 'string' ? defaults.workspace.trim() : '';
    return shared !== '' ? shared : `${options.homeDir}/.openclaw/workspace`;
}
function withoutDefaultMarkers(entries) {
    return Object.fromEntries(Object.entries(entries).map(([id, entry]) => {
        if (!record_isRecord(entry))
            return [id, entry];
        return [id, Object.fromEntries(Object.entries(entry).filter(([key]) => key !== 'default'))];
    }));
}
function migrateAgentRoster(root, options) {
    const unchanged = { config: root, diagnostics: [] };
    if (Object.hasOwn(root, 'agents') && !record_isRecord(root.agents))
        return unchanged;
    let agents = record_isRecord(root.agents) ? root.agents : {};
    let roster = agent_roster_rosterOf(agents);
    let converted;
    if (roster?.kind === 'list') {
        converted = keyedLegacyList(roster.value);
        if (converted === undefined)
            return unchanged;
        const rest = Object.fromEntries(Object.entries(agents).filter(([key]) => key !== 'list'));
        agents = { ...rest, entries: converted };
        roster = agent_roster_rosterOf(agents);
    }
    const diagnostics = converted !== undefined ? [MOVED] : [];
    const entries = roster?.value;
    if (roster === undefined || (record_isRecord(entries) && Object.keys(entries).length === 0)) {
        if (agents.ownership === 'explicit')
            return { config: converted ? { ...root, agents } : root, diagnostics };
        return { config: { ...root, agents: { ...agents, entries: { main: {} } } }, diagnostics };
    }
    if (!record_isRecord(entries))
        return unchanged;
    const validIds = Object.keys(entries).filter((id) => record_isRecord(entries[id]));
    if (validIds.length === 0)
        return unchanged;
    const valid = (id) => entries[id];
    if (validIds.some((id) => Object.hasOwn(valid(id), 'default') && typeof valid(id).default !== 'boolean')) {
        return unchanged;
    }
    const marked = validIds.filter((id) => valid(id).default === true);
    const hasLegacyMarker = agents.ownership !== 'explicit' && marked.length === 1;
    const legacyDefaultAgentId = validIds.length > 1 && hasLegacyMarker ? marked[0] : undefined;
    let next = { ...root, agents };
    if (converted !== undefined && legacyDefaultAgentId === undefined) {
        const workspace = firstAgentWorkspacePin(agents, converted, options);
        const firstId = Object.keys(converted)[0];
        if (workspace !== undefined && firstId !== undefined) {
            next = {
                ...next,
                agents: { ...agents, entries: { ...converted, [firstId]: { ...converted[firstId], workspace } } },
            };
            diagnostics.push("Preserved the first legacy agent's existing workspace.");
        }
    }
    if (legacyDefaultAgentId !== undefined) {
        const roles = materializeLegacyDefaultRoles(next, legacyDefaultAgentId);
        next = roles.config;
        if (roles.inserted)
            diagnostics.push('Materialized legacy per-surface agent ownership.');
    }
    if (hasLegacyMarker) {
        const nextAgents = record_isRecord(next.agents) ? next.agents : agents;
        const nextEntries = record_isRecord(nextAgents.entries) ? nextAgents.entries : entries;
        next = { ...next, agents: { ...nextAgents, entries: withoutDefaultMarkers(nextEntries) } };
        diagnostics.push('Removed retired agents.entries.*.default markers.');
    }
    const changed = converted !== undefined || legacyDefaultAgentId !== undefined || hasLegacyMarker;
    return {
        config: changed || diagnostics.length > 0 ? next : root,
        diagnostics,
        ...(legacyDefaultAgentId !== undefined
            ? { legacyDefaultAgentId: normalizeAgentId(legacyDefaultAgentId) }
            : {}),
    };
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/channel-json-schema.js
// Validation of one channel's settings against its JSON schema, as the reader does for channels
// whose plugin is available (JSON-schema defaults first, then the check). Messages follow the
// reader's format: `must not have additional properties: "x"`, `must have required property 'x'`,
// `must be equal to one of the allowed values` (with its "(allowed: …)" hint), `must be boolean`.

function join(path, key) {
    return path === '' ? String(key) : `${path}.${key}`;
}
function schemaOf(value) {
    return record_isRecord(value) ? value : undefined;
}
/** The value with the schema's defaults filled into objects that lack them (recursively). */
function withSchemaDefaults(value, schema) {
    if (!record_isRecord(value))
        return value;
    const properties = schemaOf(schema.properties);
    if (properties === undefined)
        return value;
    const out = { ...value };
    for (const [key, propertySchema] of Object.entries(properties)) {
        const child = schemaOf(propertySchema);
        if (child === undefined)
            continue;
        if (Object.hasOwn(out, key))
            out[key] = withSchemaDefaults(out[key], child);
        else if (Object.hasOwn(child, 'default'))
            out[key] = structuredClone(child.default);
    }
    return out;
}
function jsonType(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'array';
    if (typeof value === 'number')
        return Number.isInteger(value) ? 'integer' : 'number';
    return typeof value;
}
function typeMatches(value, type) {
    const types = Array.isArray(type) ? type : [type];
    const actual = jsonType(value);
    return types.some((t) => t === actual || (t === 'number' && actual === 'integer'));
}
function checkScalar(value, schema, path) {
    const errors = [];
    if (Array.isArray(schema.enum) && !schema.enum.some((v) => v === value)) {
        errors.push({ path, message: 'must be equal to one of the allowed values', allowed: schema.enum });
    }
    if (Object.hasOwn(schema, 'const') && schema.const !== value) {
        errors.push({ path, message: 'must be equal to constant', allowed: [schema.const] });
    }
    if (typeof value === 'number') {
        if (typeof schema.minimum === 'number' && value < schema.minimum)
            errors.push({ path, message: `must be >= ${schema.minimum}` });
        if (typeof schema.maximum === 'number' && value > schema.maximum)
            errors.push({ path, message: `must be <= ${schema.maximum}` });
        if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum) {
            errors.push({ path, message: `must be > ${schema.exclusiveMinimum}` });
        }
    }
    if (typeof value === 'string') {
        if (typeof schema.minLength === 'number' && [...value].length < schema.minLength) {
            errors.push({ path, message: `must NOT have fewer than ${schema.minLength} characters` });
        }
        if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) {
            errors.push({ path, message: `must match pattern "${schema.pattern}"` });
        }
    }
    return errors;
}
/** Objects: missing required keys, then unknown keys, then the declared keys in schema order. */
function checkObject(value, schema, path) {
    const errors = [];
    const properties = schemaOf(schema.properties) ?? {};
    for (const key of Array.isArray(schema.required) ? schema.required : []) {
        if (!Object.hasOwn(value, key))
            errors.push({ path: join(path, key), message: `must have required property '${key}'` });
    }
    const extra = Object.keys(value).filter((key) => !Object.hasOwn(properties, key));
    if (schema.additionalProperties === false && extra.length > 0) {
        errors.push({
            path,
            message: `must not have additional properties: ${extra.map((k) => `"${k}"`).join(', ')}`,
            firstExtraKey: extra[0],
        });
    }
    for (const [key, propertySchema] of Object.entries(properties)) {
        const child = schemaOf(propertySchema);
        if (child !== undefined && Object.hasOwn(value, key))
            errors.push(...checkValue(value[key], child, join(path, key)));
    }
    const names = schemaOf(schema.propertyNames);
    const additional = schemaOf(schema.additionalProperties);
    for (const key of extra) {
        if (names !== undefined)
            errors.push(...checkValue(key, names, join(path, key)));
        if (additional !== undefined)
            errors.push(...checkValue(value[key], additional, join(path, key)));
    }
    return errors;
}
/** Errors of `value` against `schema` in the reader's order; empty when it conforms. */
function checkValue(value, schema, path = '') {
    const errors = [];
    for (const keyword of ['anyOf', 'oneOf']) {
        const alternatives = Array.isArray(schema[keyword]) ? schema[keyword] : undefined;
        if (alternatives === undefined)
            continue;
        const results = alternatives.map((alt) => checkValue(value, schemaOf(alt) ?? {}, path));
        const passing = results.filter((r) => r.length === 0).length;
        if (keyword === 'anyOf' ? passing === 0 : passing !== 1) {
            const message = keyword === 'anyOf' ? 'must match a schema in anyOf' : 'must match exactly one schema in oneOf';
            errors.push(...results.flat(), { path, message });
        }
    }
    if (schema.type !== undefined && !typeMatches(value, schema.type)) {
        errors.push({
            path,
            message: `must be ${Array.isArray(schema.type) ? schema.type.join(',') : String(schema.type)}`,
        });
    }
    errors.push(...checkScalar(value, schema, path));
    if (record_isRecord(value))
        errors.push(...checkObject(value, schema, path));
    const items = schemaOf(schema.items);
    if (Array.isArray(value) && items !== undefined) {
        value.forEach((item, index) => errors.push(...checkValue(item, items, join(path, index))));
    }
    return errors;
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/config-problems.js
// A refused config's problems as the reader words them: dotted path, message, and for value
// errors the "(allowed: …)" hint it appends (at most 12 values, strings quoted).
const MAX_HINT_VALUES = 12;
const MAX_HINT_CHARS = 160;
function hintLabel(value) {
    const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
    const cut = text.length > MAX_HINT_CHARS
        ? `${text.slice(0, MAX_HINT_CHARS)}... (+${text.length - MAX_HINT_CHARS} chars)`
        : text;
    return typeof value === 'string' ? JSON.stringify(cut) : cut;
}
/** The message with the reader's allowed-values hint, unless it already lists the values. */
function withAllowedHint(message, allowed) {
    if (allowed === undefined || allowed.length === 0)
        return message;
    const lower = message.toLowerCase();
    if (lower.includes('(allowed:') || lower.includes('expected one of'))
        return message;
    const seen = new Set();
    const labels = [];
    for (const value of allowed) {
        const key = `${value === null ? 'null' : typeof value}:${typeof value === 'string' ? value : JSON.stringify(value)}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        labels.push(hintLabel(value));
    }
    const shown = labels.slice(0, MAX_HINT_VALUES).join(', ');
    const hidden = labels.length - MAX_HINT_VALUES;
    return `${message} (allowed: ${hidden > 0 ? `${shown}, ... (+${hidden} more)` : shown})`;
}
/** A route binding that failed both binding kinds: the reader names the route alternative's issue. */
function routeBindingIssue(issue) {
    const [section, index] = issue.path;
    if (section !== 'bindings' ||
        typeof index !== 'number' ||
        issue.path.length !== 2 ||
        issue.branches === undefined) {
        return undefined;
    }
    let sawRouteTypeMismatch = false;
    let chosen;
    for (const branch of issue.branches) {
        if (branch.length === 0)
            continue;
        const routeTypeMismatch = branch.some((i) => i.path.length === 1 &&
            i.path[0] === 'type' &&
            i.code === 'invalid_value' &&
            (i.allowed ?? []).includes('route'));
        if (routeTypeMismatch) {
            sawRouteTypeMismatch = true;
            continue;
        }
        let best;
        for (const candidate of branch) {
            const longer = best === undefined || candidate.path.length > best.path.length;
            const preferred = best !== undefined &&
                candidate.path.length === best.path.length &&
                candidate.code === 'unrecognized_keys' &&
                best.code !== 'unrecognized_keys';
            if (longer || preferred)
                best = candidate;
        }
        if (best === undefined)
            continue;
        if (chosen !== undefined)
            return undefined;
        chosen = best;
    }
    if (!sawRouteTypeMismatch || chosen === undefined)
        return undefined;
    if (chosen.path.length === 0 && chosen.code !== 'unrecognized_keys')
        return undefined;
    return { path: [...issue.path, ...chosen.path].join('.'), message: chosen.message };
}
function problemFromSchemaIssue(issue) {
    if (issue.allowed === undefined) {
        const binding = routeBindingIssue(issue);
        if (binding !== undefined)
            return binding;
    }
    return { path: issue.path.join('.'), message: withAllowedHint(issue.message, issue.allowed) };
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/channel-settings.js
// The reader's per-channel step: unknown channel ids are refused; every channel is validated
// against its schema (the CLI validates the config before its start-up plugin migration, so a
// channel it later keeps raw is still refused when invalid) and gets the schema's defaults
// (telegram: `dmPolicy: "pairing"`, `groupPolicy: "allowlist"`, appended after the authored keys)
// — except a channel whose plugin the offline CLI could not install: its settings stay as
// written, with a warning.




function pendingWarning(channelId, pluginId) {
    return {
        path: `channels.${channelId}`,
        message: `Plugin "${pluginId}" channel settings cannot be checked until its data/settings upgrade finishes. Your existing settings have been kept. Run "openclaw update status" for repair details.`,
    };
}
/** A channel id another plugin entry still mentions is stale config, not an error. */
function hasStalePluginEvidence(config, channelId) {
    const plugins = record_isRecord(config.plugins) ? config.plugins : {};
    const id = channelId.toLowerCase();
    const allow = Array.isArray(plugins.allow) ? plugins.allow : [];
    const mentioned = (value) => typeof value === 'string' && value.trim().toLowerCase() === id;
    return (allow.some(mentioned) ||
        Object.keys(record_isRecord(plugins.entries) ? plugins.entries : {}).some(mentioned) ||
        Object.keys(record_isRecord(plugins.installs) ? plugins.installs : {}).some(mentioned));
}
function problem(channelId, path, message, allowed) {
    return {
        path: path === '' || path === '<root>' ? `channels.${channelId}` : `channels.${channelId}.${path}`,
        message: withAllowedHint(`invalid config: ${message}`, allowed),
    };
}
function applyChannelSettings(config, pending) {
    const channels = record_isRecord(config.channels) ? config.channels : undefined;
    if (channels === undefined)
        return { config, problems: [], warnings: [] };
    const problems = [];
    const warnings = [];
    const next = { ...channels };
    for (const [key, value] of Object.entries(channels)) {
        const id = key.trim();
        if (id === '' || CHANNEL_METADATA_KEYS.has(id))
            continue;
        if (!isKnownChannelKey(id)) {
            const issue = { path: `channels.${id}`, message: `unknown channel id: ${id}` };
            if (hasStalePluginEvidence(config, id)) {
                warnings.push({
                    ...issue,
                    message: `${issue.message} (stale channel plugin config ignored; run openclaw doctor --fix to remove stale config, or install the plugin)`,
                });
            }
            else
                problems.push(issue);
            continue;
        }
        const schema = channelSchema(id);
        if (schema === undefined)
            continue;
        const defaulted = withSchemaDefaults(value, schema);
        const errors = checkValue(defaulted, schema);
        problems.push(...errors.map((e) => problem(id, e.path, e.message, e.allowed)));
        const pluginId = installableChannelPlugin(id);
        if (pluginId !== undefined && pending.has(pluginId))
            warnings.push(pendingWarning(id, pluginId));
        else if (errors.length === 0)
            next[id] = defaulted;
    }
    return { config: { ...config, channels: next }, problems, warnings };
}
/**
 * The reader's check of every known channel's settings as written (no defaults), which it runs
 * only for a config it already refuses over SecretRef objects; in channel-metadata order.
 */
function rawChannelProblems(config) {
    const channels = record_isRecord(config.channels) ? config.channels : {};
    return knownChannelIds()
        .filter((id) => Object.hasOwn(channels, id))
        .flatMap((id) => checkValue(channels[id], channelSchema(id) ?? {}).map((e) => problem(id, e.path, e.firstExtraKey === undefined ? e.message : `${e.message}: "${e.firstExtraKey}"`, e.allowed)));
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/config-warnings.js
// The reader's non-fatal findings about a config it accepts, and the one stderr line the CLI
// prints for them: `[config] warnings: <path>: <message>; <path>: <message>…`.

/** One warning as the CLI prints it: `<path>: <message>`. */
function warningText(warning) {
    return `${warning.path || '<root>'}: ${warning.message}`;
}
/** The CLI's stderr line for the loader's warnings (its `config` logger's `Config warnings: …`). */
function configWarningsLine(warnings) {
    return warnings.length === 0 ? undefined : `[config] warnings: ${warnings.join('; ')}`;
}
const PSEUDO_CHANNEL_KEYS = new Set(['defaults', 'modelByChannel', 'tools']);
const config_warnings_DM_POLICIES = new Set(['pairing', 'allowlist', 'open', 'disabled']);
/** `dmPolicy`, else the legacy `dm.policy` (for channels with top-level DM fields). */
function config_warnings_dmPolicyOf(scope) {
    const dm = record_isRecord(scope.dm) ? scope.dm : {};
    return scope.dmPolicy ?? dm.policy;
}
function allowFromOf(scope) {
    const dm = record_isRecord(scope.dm) ? scope.dm : {};
    return scope.allowFrom ?? dm.allowFrom;
}
function hasOwnDefined(record, key) {
    return Object.hasOwn(record, key) && record[key] !== undefined;
}
function dmViolation(policy, allowFrom) {
    const normalized = typeof policy === 'string' && config_warnings_DM_POLICIES.has(policy) ? policy : undefined;
    const entries = (Array.isArray(allowFrom) ? allowFrom : [])
        .map((entry) => String(entry).trim())
        .filter((entry) => entry !== '');
    if (normalized === 'open' && !entries.includes('*'))
        return 'open';
    if (normalized === 'allowlist' && entries.length === 0)
        return 'allowlist';
    return undefined;
}
function dmWarning(channel, account, inherited, violation) {
    const base = `channels.${channel}`;
    const scope = account === undefined ? base : `${base}.accounts.${account}`;
    const allowFromPath = `${scope}.allowFrom`;
    const subject = inherited ? `${allowFromPath} is unset and ${base}.allowFrom` : allowFromPath;
    const inheritedTarget = inherited ? ` or ${base}.allowFrom` : '';
    const overrideFix = account !== undefined && !inherited ? `, remove ${allowFromPath} to inherit ${base}.allowFrom,` : '';
    const message = violation === 'open'
        ? `${scope}.dmPolicy="open" but ${subject} does not include "*"; all DMs will be dropped. Add "*" to ${allowFromPath}${inheritedTarget}${overrideFix} or set ${scope}.dmPolicy to "pairing"/"allowlist".`
        : `${scope}.dmPolicy="allowlist" but ${subject} is empty; all DMs will be dropped. Add at least one sender ID to ${allowFromPath}${inheritedTarget}${overrideFix} or change ${scope}.dmPolicy.`;
    return { path: allowFromPath, message };
}
/** DM policies that drop every DM (`open` without `*`, `allowlist` without entries). */
function dmPolicyDependencyWarnings(config) {
    const channels = record_isRecord(config.channels) ? config.channels : {};
    const warnings = [];
    for (const [channel, value] of Object.entries(channels)) {
        if (PSEUDO_CHANNEL_KEYS.has(channel) || !record_isRecord(value) || value.enabled === false)
            continue;
        const own = dmViolation(config_warnings_dmPolicyOf(value), allowFromOf(value));
        if (own !== undefined)
            warnings.push(dmWarning(channel, undefined, false, own));
        const accounts = record_isRecord(value.accounts) ? value.accounts : {};
        for (const [accountId, account] of Object.entries(accounts)) {
            if (!record_isRecord(account) || account.enabled === false)
                continue;
            const dm = record_isRecord(account.dm) ? account.dm : {};
            const explicit = hasOwnDefined(account, 'allowFrom') || hasOwnDefined(dm, 'allowFrom');
            const violation = dmViolation(config_warnings_dmPolicyOf(account) ?? config_warnings_dmPolicyOf(value), allowFromOf(account) ?? allowFromOf(value));
            if (violation !== undefined)
                warnings.push(dmWarning(channel, accountId, !explicit, violation));
        }
    }
    return warnings;
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/context-budget.js
// The reader's context-budget migration: `contextTokens` / `contextWindow` on a model provider
// move into its explicit model rows (or are dropped), and agent-level `contextTokens` is dropped.

const REPLACEMENT = 'models.providers.<provider>.models[].contextTokens';
function migrateProviders(root, out) {
    const models = record_isRecord(root.models) ? root.models : {};
    const providers = record_isRecord(models.providers) ? models.providers : {};
    for (const [providerId, provider] of Object.entries(providers)) {
        if (!record_isRecord(provider))
            continue;
        for (const key of ['contextTokens', 'contextWindow']) {
            if (!Object.hasOwn(provider, key))
                continue;
            const source = `models.providers.${providerId}.${key}`;
            const rows = Array.isArray(provider.models) ? provider.models : [];
            if (rows.length > 0) {
                rows.forEach((row, index) => {
                    if (!record_isRecord(row) || row[key] !== undefined)
                        return;
                    row[key] = provider[key];
                    out.changes.push({
                        path: source,
                        message: `${source} → models.providers.${providerId}.models[${index}].${key}.`,
                    });
                });
                delete provider[key];
                out.changes.push({
                    path: source,
                    message: `Removed ${source} after baking it into explicit model entries.`,
                });
                continue;
            }
            delete provider[key];
            out.changes.push({ path: source, message: `Removed ${source}.` });
            out.warnings.push({
                path: source,
                message: `${source} had no explicit model entries to receive its value; use ${REPLACEMENT} instead.`,
            });
        }
    }
}
function removeAgentContextTokens(root, out) {
    const agents = record_isRecord(root.agents) ? root.agents : undefined;
    if (agents === undefined)
        return;
    const remove = (record, path) => {
        if (!record_isRecord(record) || !Object.hasOwn(record, 'contextTokens'))
            return;
        delete record.contextTokens;
        out.changes.push({ path, message: `Removed ${path}.` });
        out.warnings.push({
            path,
            message: `${path} cannot be represented per model; use ${REPLACEMENT} instead.`,
        });
    };
    remove(agents.defaults, 'agents.defaults.contextTokens');
    for (const [id, entry] of Object.entries(record_isRecord(agents.entries) ? agents.entries : {})) {
        remove(entry, `agents.entries.${id}.contextTokens`);
    }
    if (Array.isArray(agents.list)) {
        agents.list.forEach((entry, index) => remove(entry, `agents.list[${index}].contextTokens`));
    }
}
/** Whether the migration would change anything (it works on a copy, made only then). */
function hasContextBudgetKeys(root) {
    const models = record_isRecord(root.models) ? root.models : {};
    const providers = record_isRecord(models.providers) ? models.providers : {};
    const hasOwn = (record, key) => record_isRecord(record) && Object.hasOwn(record, key);
    for (const provider of Object.values(providers)) {
        if (hasOwn(provider, 'contextTokens') || hasOwn(provider, 'contextWindow'))
            return true;
    }
    const agents = record_isRecord(root.agents) ? root.agents : undefined;
    if (agents === undefined)
        return false;
    const has = (record) => hasOwn(record, 'contextTokens');
    if (has(agents.defaults))
        return true;
    if (Object.values(record_isRecord(agents.entries) ? agents.entries : {}).some(has))
        return true;
    return Array.isArray(agents.list) && agents.list.some(has);
}
function migrateContextBudget(config) {
    if (!hasContextBudgetKeys(config))
        return { config, changes: [], warnings: [] };
    const out = { config: structuredClone(config), changes: [], warnings: [] };
    migrateProviders(out.config, out);
    removeAgentContextTokens(out.config, out);
    return out.changes.length > 0 ? out : { config, changes: [], warnings: [] };
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/env-templates.js
// `${VAR}` templates in config strings, as the release's reader resolves them before validation:
// a set variable is substituted, a missing or empty one is kept as written and reported
// ("Missing env var …"), and `$${VAR}` is the escape for a literal `${VAR}`. The environment is
// the caller's (policy-gate passes none: the recorded CLI runs had no such variables) plus the
// config's own `env.vars` / `env.<NAME>` strings, which the reader applies first.

const ENV_NAME = /^[A-Z_][A-Z0-9_]*$/;
const PORTABLE_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
function tokenAt(value, index) {
    const escaped = value[index + 1] === '$' && value[index + 2] === '{';
    const start = escaped ? index + 3 : value[index + 1] === '{' ? index + 2 : -1;
    if (start < 0)
        return undefined;
    const end = value.indexOf('}', start);
    if (end < 0)
        return undefined;
    const name = value.slice(start, end);
    if (!ENV_NAME.test(name))
        return undefined;
    return { kind: escaped ? 'escaped' : 'substitution', name, end };
}
function substituteString(value, env, path, warnings) {
    if (!value.includes('$'))
        return value;
    let out = '';
    for (let i = 0; i < value.length; i += 1) {
        const token = value[i] === '$' ? tokenAt(value, i) : undefined;
        if (token === undefined) {
            out += value[i];
            continue;
        }
        const resolved = token.kind === 'substitution' ? env[token.name] : undefined;
        if (token.kind === 'substitution' && (resolved === undefined || resolved === '')) {
            warnings.push({
                path,
                message: `Missing env var "${token.name}" - feature using this value will be unavailable`,
            });
        }
        out += resolved !== undefined && resolved !== '' ? resolved : `\${${token.name}}`;
        i = token.end;
    }
    return out;
}
/** The reader's path text: `a.b`, `a[0]`, and `a["odd key"]` for keys that are not identifiers. */
function childPath(path, key) {
    if (typeof key === 'number')
        return `${path}[${key}]`;
    if (!/^[A-Za-z_$][A-Za-z0-9_$:-]*$/.test(key))
        return `${path}[${JSON.stringify(key)}]`;
    return path === '' ? key : `${path}.${key}`;
}
function pathText(at) {
    return at === undefined ? '' : childPath(pathText(at.parent), at.key);
}
/** The value with its templates resolved; the same object where nothing in it changed. */
function substitute(value, env, at, warnings) {
    if (typeof value === 'string') {
        return value.includes('$') ? substituteString(value, env, pathText(at), warnings) : value;
    }
    if (Array.isArray(value)) {
        let changed = false;
        const out = value.map((item, index) => {
            const next = substitute(item, env, { parent: at, key: index }, warnings);
            if (next !== item)
                changed = true;
            return next;
        });
        return changed ? out : value;
    }
    if (record_isRecord(value)) {
        let changed = false;
        const entries = Object.entries(value).map(([key, child]) => {
            const next = substitute(child, env, { parent: at, key }, warnings);
            if (next !== child)
                changed = true;
            return [key, next];
        });
        return changed ? Object.fromEntries(entries) : value;
    }
    return value;
}
/** The config's own environment (`env.vars` and plain `env.<NAME>` strings) over `baseEnv`. */
function environmentWithConfigVars(config, baseEnv) {
    const env = { ...baseEnv };
    const envSection = record_isRecord(config.env) ? config.env : {};
    const vars = record_isRecord(envSection.vars) ? envSection.vars : {};
    const plain = Object.entries(envSection).filter(([key]) => key !== 'vars' && key !== 'shellEnv');
    for (const [key, value] of [...Object.entries(vars), ...plain]) {
        if (typeof value !== 'string' || value.trim() === '' || !PORTABLE_KEY.test(key))
            continue;
        if (env[key]?.trim() || value.includes('${'))
            continue;
        env[key] = value;
    }
    return env;
}
/** The config with its `${VAR}` templates resolved, and a warning per missing variable. */
function resolveEnvTemplates(config, baseEnv) {
    const warnings = [];
    const env = environmentWithConfigVars(config, baseEnv);
    const resolved = substitute(config, env, undefined, warnings);
    return { config: resolved, warnings };
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/gateway-checks.js
// The reader's gateway exposure rules that run after the schema parse: a Tailscale-exposed
// gateway must bind to loopback and must authenticate.

/** A canonical dotted-decimal IPv4 address in 127.0.0.0/8. */
function isLoopbackIpv4(value) {
    if (typeof value !== 'string')
        return false;
    const parts = value.trim().split('.');
    if (parts.length !== 4 || !parts.every((p) => /^(0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255))
        return false;
    return parts[0] === '127';
}
function gatewayExposureProblems(config) {
    const gateway = record_isRecord(config.gateway) ? config.gateway : {};
    const tailscale = record_isRecord(gateway.tailscale) ? gateway.tailscale : {};
    const mode = tailscale.mode ?? 'off';
    if (mode !== 'serve' && mode !== 'funnel')
        return [];
    const bind = gateway.bind ?? 'loopback';
    if (bind !== 'loopback' && !(bind === 'custom' && isLoopbackIpv4(gateway.customBindHost))) {
        return [
            {
                path: 'gateway.bind',
                message: `gateway.bind must resolve to loopback when gateway.tailscale.mode=${mode} (use gateway.bind="loopback" or gateway.bind="custom" with gateway.customBindHost="127.0.0.1")`,
            },
        ];
    }
    const auth = record_isRecord(gateway.auth) ? gateway.auth : {};
    if (auth.mode !== 'none')
        return [];
    return [
        {
            path: 'gateway.auth.mode',
            message: mode === 'funnel'
                ? 'gateway.tailscale.mode=funnel requires gateway.auth.mode=password; auth.mode=none cannot be used when exposing the gateway through Tailscale Funnel'
                : `gateway.auth.mode=none cannot be used with gateway.tailscale.mode=${mode}; configure token, password, or trusted-proxy auth before exposing the gateway through Tailscale`,
        },
    ];
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/agent-selection.js
// Which agent a policy command evaluates (SPEC-2026.9 §2.2 step 4): the release's
// `resolvePolicyCommandAgentId` over the loaded config.


/** The configured agents as the release lists them: `agents.entries`, else `agents.list`. */
function configuredAgentRecords(config) {
    const agents = record_isRecord(config.agents) ? config.agents : undefined;
    if (agents === undefined)
        return { rosterSet: false, agents: [] };
    if (Object.hasOwn(agents, 'entries') && agents.entries !== undefined) {
        const entries = record_isRecord(agents.entries) ? agents.entries : {};
        return {
            rosterSet: true,
            agents: Object.entries(entries)
                .filter(([, entry]) => record_isRecord(entry))
                .map(([id, entry]) => ({ id, default: entry.default })),
        };
    }
    if (Object.hasOwn(agents, 'list') && agents.list !== undefined) {
        const list = Array.isArray(agents.list) ? agents.list : [];
        return {
            rosterSet: true,
            agents: list
                .filter((entry) => record_isRecord(entry))
                .map((entry) => ({ id: entry.id, default: entry.default })),
        };
    }
    return { rosterSet: false, agents: [] };
}
/** `listAgentIds`: unique normalised ids; the implicit `main` when no roster is configured. */
function agent_selection_configuredAgentIds(config) {
    const { rosterSet, agents } = configuredAgentRecords(config);
    if (agents.length === 0 && !rosterSet)
        return [DEFAULT_AGENT_ID];
    const ids = agents.map((agent) => normalizeAgentId(typeof agent.id === 'string' ? agent.id : undefined));
    return [...new Set(ids)];
}
/** A single legacy `default:true` marker (outside an explicit roster) names the default agent. */
function legacyMarkedAgentId(config) {
    const agents = record_isRecord(config.agents) ? config.agents : {};
    if (agents.ownership === 'explicit')
        return undefined;
    const marked = configuredAgentRecords(config).agents.filter((agent) => agent.default === true);
    const only = marked.length === 1 ? marked[0] : undefined;
    return only === undefined ? undefined : normalizeAgentId(typeof only.id === 'string' ? only.id : undefined);
}
/** The sole configured agent, if there is exactly one (or the implicit `main`). */
function agent_selection_soleAgentId(config) {
    const { rosterSet, agents } = configuredAgentRecords(config);
    if (agents.length === 0)
        return rosterSet ? undefined : DEFAULT_AGENT_ID;
    const only = agents.length === 1 ? agents[0] : undefined;
    return only === undefined ? undefined : normalizeAgentId(typeof only.id === 'string' ? only.id : undefined);
}
/** The agent a policy command evaluates, or the release's error text (exit 2). */
function selectPolicyAgent(config, requested, surface) {
    const trimmed = requested?.trim();
    if (requested !== undefined && !trimmed)
        return { error: '--agent must not be blank' };
    if (trimmed) {
        const agentId = normalizeAgentId(trimmed);
        if (!agent_selection_configuredAgentIds(config).includes(agentId)) {
            return {
                error: `Unknown agent id "${trimmed}". Run openclaw agents list to see configured agents.`,
            };
        }
        return { agentId };
    }
    const chosen = legacyMarkedAgentId(config) ?? agent_selection_soleAgentId(config);
    if (chosen !== undefined)
        return { agentId: chosen };
    if (agent_selection_configuredAgentIds(config).length === 0) {
        return { error: 'No agents configured. Run `openclaw onboard` or `openclaw agents add` first.' };
    }
    return {
        error: `Multiple agents are configured, but ${surface} has no explicit owner. Pass --agent <id>.`,
    };
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/heartbeat-owner.js
// The reader's warning for a multi-agent config that leaves heartbeats without an owner.


/** The ambient owner: `systemAgent.agentId`, a legacy default owner, or the only agent. */
function hasAmbientOwner(config, legacyDefault) {
    const agents = record_isRecord(config.agents) ? config.agents : {};
    const defaults = record_isRecord(agents.defaults) ? agents.defaults : {};
    const systemAgent = record_isRecord(defaults.systemAgent) ? defaults.systemAgent : {};
    if (typeof systemAgent.agentId === 'string' && systemAgent.agentId.trim() !== '')
        return true;
    if (agents.ownership === 'explicit')
        return false;
    const entries = Object.values(record_isRecord(agents.entries) ? agents.entries : {}).filter(record_isRecord);
    const marked = entries.filter((entry) => entry.default === true).length;
    return legacyDefault !== undefined || marked === 1 || entries.length === 1;
}
function heartbeatOwnerWarnings(config, legacyDefault) {
    const agents = record_isRecord(config.agents) ? config.agents : {};
    const defaults = record_isRecord(agents.defaults) ? agents.defaults : {};
    const entries = Object.values(record_isRecord(agents.entries) ? agents.entries : {}).filter(record_isRecord);
    if (agent_selection_configuredAgentIds(config).length <= 1 || entries.some((entry) => Boolean(entry.heartbeat)))
        return [];
    if (defaults.heartbeat || hasAmbientOwner(config, legacyDefault))
        return [];
    return [
        {
            path: 'agents.defaults.heartbeat.agentId',
            message: 'Multi-agent config has no ambient heartbeat owner; heartbeats stay disabled until agents.defaults.heartbeat.agentId or agents.defaults.systemAgent.agentId is set.',
        },
    ];
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/model-provider-overlays.js
// Model providers the release bundles (`BUILT_IN_MODEL_PROVIDER_OVERLAY_IDS`): a
// `models.providers.<id>` entry for one of these is an overlay of the bundled provider and may
// omit `baseUrl` and `models` (the reader fills in `""` and `[]`); any other id is a custom
// provider that must declare both.

const BUILT_IN_MODEL_PROVIDER_OVERLAYS = new Set([
    'amazon-bedrock',
    'amazon-bedrock-mantle',
    'anthropic',
    'anthropic-vertex',
    'arcee',
    'azure-openai-responses',
    'byteplus',
    'byteplus-plan',
    'cerebras',
    'chutes',
    'claude-cli',
    'clawrouter',
    'cloudflare-ai-gateway',
    'codex',
    'comfy',
    'copilot-proxy',
    'dashscope',
    'deepinfra',
    'deepseek',
    'fal',
    'fireworks',
    'github-copilot',
    'gmi',
    'gmi-cloud',
    'gmicloud',
    'google',
    'google-antigravity',
    'google-gemini-cli',
    'google-vertex',
    'groq',
    'huggingface',
    'kilocode',
    'kimi',
    'kimi-coding',
    'litellm',
    'lmstudio',
    'meta',
    'microsoft-foundry',
    'minimax',
    'minimax-portal',
    'mistral',
    'modelstudio',
    'moonshot',
    'moonshot-ai',
    'moonshotai',
    'nvidia',
    'novita',
    'novita-ai',
    'novitaai',
    'ollama',
    'ollama-cloud',
    'openai',
    'opencode',
    'opencode-go',
    'openrouter',
    'qianfan',
    'qwen',
    'qwen-token-plan',
    'qwencloud',
    'sglang',
    'stepfun',
    'stepfun-plan',
    'synthetic',
    'tencent-tokenhub',
    'tencent-tokenplan',
    'together',
    'venice',
    'vercel-ai-gateway',
    'vllm',
    'volcengine',
    'volcengine-plan',
    'vydra',
    'x-ai',
    'xai',
    'xiaomi',
    'xiaomi-token-plan',
    'z.ai',
    'z-ai',
    'zai',
]);
/** Whether `models.providers.<id>` overlays a bundled provider (id trimmed and lowercased). */
function isBuiltInModelProviderOverlay(providerId) {
    return BUILT_IN_MODEL_PROVIDER_OVERLAYS.has(providerId.trim().toLowerCase());
}
/** Overlays of bundled providers without `baseUrl` or `models` get `""` / `[]` (appended). */
function withBundledProviderOverlays(config) {
    const models = record_isRecord(config.models) ? config.models : undefined;
    const providers = models !== undefined && record_isRecord(models.providers) ? models.providers : undefined;
    if (models === undefined || providers === undefined)
        return config;
    let next;
    for (const [id, provider] of Object.entries(providers)) {
        if (!isBuiltInModelProviderOverlay(id) || !record_isRecord(provider))
            continue;
        if (provider.baseUrl && Array.isArray(provider.models))
            continue;
        next ??= { ...providers };
        next[id] = { ...provider, baseUrl: provider.baseUrl ?? '', models: provider.models ?? [] };
    }
    return next === undefined ? config : { ...config, models: { ...models, providers: next } };
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/policy-plugin-entry.js
// The policy plugin's own entry: `plugins.entries.policy.config` is checked against the plugin
// manifest's schema (five optional keys, nothing else) and is `{}` when absent.


const POLICY_CONFIG_SCHEMA = {
    type: 'object',
    additionalProperties: false,
    properties: {
        enabled: { type: 'boolean' },
        workspaceRepairs: { type: 'boolean' },
        expectedHash: { type: 'string' },
        expectedAttestationHash: { type: 'string' },
        path: { type: 'string' },
    },
};
/**
 * The entry's config, validated when the plugin is enabled (`enabled: true`; it is off by
 * default) or has a config; `{}` filled in only for an enabled plugin. A disabled plugin with a
 * config gets the reader's warning.
 */
function applyPolicyPluginEntry(config) {
    const plugins = record_isRecord(config.plugins) ? config.plugins : undefined;
    const entries = plugins !== undefined && record_isRecord(plugins.entries) ? plugins.entries : undefined;
    const entry = entries?.policy;
    if (plugins === undefined || plugins.enabled === false || entries === undefined || !record_isRecord(entry)) {
        return { config, problems: [], warnings: [] };
    }
    const enabled = entry.enabled === true;
    const hasConfig = Boolean(entry.config);
    if (!enabled && !hasConfig)
        return { config, problems: [], warnings: [] };
    const value = entry.config ?? {};
    const problems = checkValue(value, POLICY_CONFIG_SCHEMA).map((error) => ({
        path: error.path === '' ? 'plugins.entries.policy.config' : `plugins.entries.policy.config.${error.path}`,
        message: `invalid config: ${error.message}`,
    }));
    const reason = entry.enabled === false ? 'disabled in config' : 'bundled (disabled by default)';
    const warnings = enabled
        ? []
        : [{ path: 'plugins.entries.policy', message: `plugin disabled (${reason}) but config is present` }];
    if (problems.length > 0 || !enabled)
        return { config, problems, warnings };
    const nextEntries = { ...entries, policy: { ...entry, config: value } };
    return { config: { ...config, plugins: { ...plugins, entries: nextEntries } }, problems: [], warnings };
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/plugin-warnings.js
// The reader's warnings about `plugins.entries` / `plugins.allow` / `plugins.deny` naming plugins
// it does not have: a plugin the (offline) CLI failed to install, an official external plugin
// that is not installed, a retired plugin, or an unknown one.


const RETIRED_PLUGINS = new Set(['google-antigravity-auth', 'google-gemini-cli-auth', 'skill-workshop']);
function removedMessage(pluginId) {
    if (pluginId === 'skill-workshop') {
        return 'plugin removed: skill-workshop (stale plugin config ignored; Skill Workshop is built into OpenClaw skills now. Use skills.workshop settings and openclaw skills workshop commands, then remove this plugins config entry)';
    }
    return `plugin removed: ${pluginId} (stale config entry ignored; remove it from plugins config)`;
}
/** `{ enabled: false }` and nothing else records a deliberate disable decision. */
function isDisableMarker(value) {
    return record_isRecord(value) && value.enabled === false && Object.keys(value).length === 1;
}
function stringList(value) {
    return (Array.isArray(value) ? value : []).filter((id) => typeof id === 'string' && id.trim() !== '');
}
function pluginReferenceWarnings(config, pendingPluginIds) {
    const plugins = record_isRecord(config.plugins) ? config.plugins : undefined;
    if (plugins === undefined || plugins.enabled === false)
        return [];
    const { bundled, official } = releasePlugins();
    const entries = record_isRecord(plugins.entries) ? plugins.entries : {};
    const warnings = [];
    const notedPending = new Set();
    const notedOfficial = new Set();
    const missing = (path, id, installHint) => {
        const normalized = id.trim().toLowerCase();
        if (pendingPluginIds.has(normalized)) {
            if (notedPending.has(normalized))
                return;
            notedPending.add(normalized);
            warnings.push({
                path,
                message: `Plugin "${id}" settings cannot be checked until its data/settings upgrade finishes. Your existing settings have been kept. Run "openclaw update status" for repair details.`,
            });
            return;
        }
        if (RETIRED_PLUGINS.has(normalized)) {
            warnings.push({ path, message: removedMessage(id) });
            return;
        }
        const spec = Object.hasOwn(official, id) ? official[id] : undefined;
        if (installHint && spec !== undefined) {
            if (notedOfficial.has(normalized))
                return;
            notedOfficial.add(normalized);
            warnings.push({
                path,
                message: `plugin not installed: ${id} — install the official external plugin with: openclaw plugins install ${spec}`,
            });
            return;
        }
        warnings.push({
            path,
            message: `plugin not found: ${id} (stale config entry ignored; remove it from plugins config)`,
        });
    };
    const disabledOnPurpose = (id) => isDisableMarker(entries[id]) && !RETIRED_PLUGINS.has(id.trim().toLowerCase());
    for (const id of Object.keys(entries)) {
        if (!bundled.has(id) && !disabledOnPurpose(id))
            missing(`plugins.entries.${id}`, id, true);
    }
    for (const id of stringList(plugins.allow)) {
        if (!bundled.has(id) && !disabledOnPurpose(id))
            missing('plugins.allow', id, true);
    }
    for (const id of stringList(plugins.deny))
        if (!bundled.has(id))
            missing('plugins.deny', id, false);
    return warnings;
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/anthropic-defaults.js
// The bundled Anthropic provider's config defaults, which the reader applies when the config
// signals Anthropic use (an `anthropic`/`claude-cli` auth profile or auth order entry):
// context pruning and a heartbeat cadence on `agents.defaults`, and with API-key auth short
// prompt-cache retention on the Anthropic entries of `agents.defaults.models` — which also adds
// the provider's default models to that map (new model refs for policy).
// Not reproduced: the Claude CLI (OAuth) runtime entries and environment-variable signals.

const API_KEY_DEFAULT_MODELS = ['anthropic/claude-sonnet-5', 'anthropic/claude-sonnet-4-6'];
const CLAUDE_CLI_PROFILE_ID = 'anthropic:claude-cli';
/** `CLAUDE_MODEL_ID_ALIASES` of the release's Anthropic model catalog. */
const CLAUDE_MODEL_ALIASES = {
    fable: 'claude-fable-5-1',
    'fable-5': 'claude-fable-5',
    'fable-5.1': 'claude-fable-5-1',
    'fable-5-1': 'claude-fable-5-1',
    haiku: 'claude-haiku-4-5',
    'opus-5.5': 'claude-opus-5-5',
    'opus-5-5': 'claude-opus-5-5',
    'opus-5': 'claude-opus-5',
    opus: 'claude-opus-5',
    'opus-4.8': 'claude-opus-4-8',
    'opus-4.7': 'claude-opus-4-7',
    'opus-4.6': 'claude-opus-4-6',
    'mythos-5': 'claude-mythos-5',
    'sonnet-5': 'claude-sonnet-5',
    sonnet: 'claude-sonnet-5',
    'sonnet-4.6': 'claude-sonnet-4-6',
};
const CURRENT_PREFIXES = [
    'claude-opus-4-8',
    'claude-opus-4.8',
    'claude-opus-4-7',
    'claude-opus-4.7',
    'claude-opus-4-6',
    'claude-opus-4.6',
    'claude-sonnet-4-6',
    'claude-sonnet-4.6',
    'claude-haiku-4-5',
    'claude-haiku-4.5',
];
function hasVersionPrefix(id, prefix) {
    if (id === prefix)
        return true;
    return id.startsWith(prefix) && ['-', '.', ':', '@'].includes(id[prefix.length] ?? '');
}
/** Retired Claude model ids and their current successor. */
function upgradedClaudeModel(id) {
    if (hasVersionPrefix(id, 'claude-opus-5') || CURRENT_PREFIXES.some((p) => id.startsWith(p)))
        return undefined;
    const opus4 = [
        'claude-opus-4-5',
        'claude-opus-4.5',
        'claude-opus-4-1',
        'claude-opus-4.1',
        'claude-opus-4-0',
        'claude-opus-4.0',
    ];
    const sonnet4 = [
        'claude-sonnet-4-5',
        'claude-sonnet-4.5',
        'claude-sonnet-4-1',
        'claude-sonnet-4.1',
        'claude-sonnet-4-0',
        'claude-sonnet-4.0',
    ];
    if (id === 'claude-opus-4' ||
        opus4.some((p) => hasVersionPrefix(id, p)) ||
        /^claude-opus-4-20\d{6}/.test(id))
        return 'claude-opus-5';
    if (id === 'claude-sonnet-4' ||
        sonnet4.some((p) => hasVersionPrefix(id, p)) ||
        /^claude-sonnet-4-20\d{6}/.test(id))
        return 'claude-sonnet-4-6';
    if (id.startsWith('claude-3') && id.includes('opus'))
        return 'claude-opus-5';
    if (id.startsWith('claude-3') && (id.includes('sonnet') || id.includes('haiku')))
        return 'claude-sonnet-4-6';
    if (['opus-4.5', 'opus-4.1', 'opus-4', 'opus-3'].includes(id))
        return 'claude-opus-5';
    const sonnets = [
        'sonnet-4.5',
        'sonnet-4.1',
        'sonnet-4.0',
        'sonnet-4',
        'sonnet-3.7',
        'sonnet-3.5',
        'sonnet-3',
        'haiku-3.5',
        'haiku-3',
    ];
    return sonnets.includes(id) ? 'claude-sonnet-4-6' : undefined;
}
/** A model id with an optional `@profile` suffix (a `@YYYYMMDD` date is part of the id). */
function splitAuthProfile(raw) {
    const trimmed = raw.trim();
    let at = trimmed.indexOf('@', trimmed.lastIndexOf('/') + 1);
    if (at <= 0)
        return { model: trimmed };
    if (/^\d{8}(?:@|$)/.test(trimmed.slice(at + 1))) {
        at = trimmed.indexOf('@', at + 9);
        if (at < 0)
            return { model: trimmed };
    }
    const model = trimmed.slice(0, at).trim();
    const profile = trimmed.slice(at + 1).trim();
    return model && profile ? { model, profile } : { model: trimmed };
}
function canonicalClaudeModel(modelId) {
    const { model, profile } = splitAuthProfile(modelId);
    const lowered = model.toLowerCase();
    if (lowered === '')
        return undefined;
    const withProfile = (id) => (profile ? `${id}@${profile}` : id);
    const upgraded = upgradedClaudeModel(lowered);
    if (upgraded)
        return withProfile(upgraded);
    if (lowered.startsWith('claude-'))
        return withProfile(model);
    return Object.hasOwn(CLAUDE_MODEL_ALIASES, lowered)
        ? withProfile(CLAUDE_MODEL_ALIASES[lowered])
        : undefined;
}
function parseAnthropicRef(raw) {
    const trimmed = raw.trim();
    if (trimmed === '')
        return undefined;
    const slash = trimmed.indexOf('/');
    if (slash <= 0)
        return { provider: 'anthropic', model: trimmed, explicitProvider: false };
    const provider = trimmed.slice(0, slash).trim().toLowerCase();
    const model = trimmed.slice(slash + 1).trim();
    if (provider === '' || model === '')
        return undefined;
    const normalized = provider === 'bedrock' || provider === 'aws-bedrock' ? 'amazon-bedrock' : provider;
    return { provider: normalized, model, explicitProvider: true };
}
/** `resolveKnownAnthropicModelRef`: the current Anthropic ref for a Claude model, else the ref. */
function knownAnthropicRef(raw) {
    const parsed = parseAnthropicRef(raw);
    if (parsed === undefined || (parsed.provider !== 'anthropic' && parsed.provider !== 'claude-cli'))
        return raw.trim();
    const canonical = canonicalClaudeModel(parsed.model);
    if (!parsed.explicitProvider && canonical === undefined)
        return raw.trim();
    return canonical !== undefined || parsed.provider === 'claude-cli'
        ? `anthropic/${canonical ?? parsed.model}`
        : raw.trim();
}
function isCacheRetentionTarget(ref) {
    if (ref === undefined)
        return false;
    return (ref.provider === 'anthropic' ||
        (ref.provider === 'amazon-bedrock' && ref.model.toLowerCase().includes('anthropic.claude')));
}
function anthropicAuthMode(config) {
    const models = record_isRecord(config.models) ? config.models : {};
    const providers = record_isRecord(models.providers) ? models.providers : {};
    const retiredCli = Object.entries(providers).some(([id, entry]) => parseAnthropicRef(`${id}/x`)?.provider === 'anthropic' &&
        record_isRecord(entry) &&
        entry.apiKey === CLAUDE_CLI_PROFILE_ID);
    if (retiredCli)
        return 'oauth';
    const auth = record_isRecord(config.auth) ? config.auth : {};
    const profiles = record_isRecord(auth.profiles) ? auth.profiles : {};
    const order = record_isRecord(auth.order) ? auth.order : {};
    const ordered = [order.anthropic, order['claude-cli']].flatMap((ids) => Array.isArray(ids) ? ids : []);
    for (const id of ordered) {
        const profile = typeof id === 'string' ? profiles[id] : undefined;
        if (!record_isRecord(profile) || (profile.provider !== 'anthropic' && profile.provider !== 'claude-cli'))
            continue;
        if (profile.provider === 'claude-cli')
            return 'oauth';
        if (profile.mode === 'api_key')
            return 'api_key';
        if (profile.mode === 'oauth' || profile.mode === 'token')
            return 'oauth';
    }
    const anthropic = Object.values(profiles).filter((p) => record_isRecord(p) && (p.provider === 'anthropic' || p.provider === 'claude-cli'));
    const apiKey = anthropic.some((p) => p.provider === 'anthropic' && p.mode === 'api_key');
    const oauth = anthropic.some((p) => p.provider === 'claude-cli' || p.mode === 'oauth' || p.mode === 'token');
    if (apiKey && !oauth)
        return 'api_key';
    if (oauth && !apiKey)
        return 'oauth';
    return undefined;
}
/** Whether the config signals Anthropic use (`hasAnthropicDefaultSignal`, without environment). */
function signalsAnthropic(config) {
    const auth = record_isRecord(config.auth) ? config.auth : {};
    const isAnthropic = (provider) => typeof provider === 'string' && ['anthropic', 'claude-cli'].includes(provider.trim().toLowerCase());
    const profiles = record_isRecord(auth.profiles) ? Object.values(auth.profiles) : [];
    if (profiles.some((profile) => record_isRecord(profile) && isAnthropic(profile.provider)))
        return true;
    const order = record_isRecord(auth.order) ? auth.order : {};
    return Object.entries(order).some(([provider, value]) => isAnthropic(provider) && value !== undefined);
}
function withShortCacheRetention(entry) {
    const current = record_isRecord(entry) ? entry : {};
    const params = record_isRecord(current.params) ? current.params : {};
    if (typeof params.cacheRetention === 'string')
        return undefined;
    return { ...current, params: { ...params, cacheRetention: 'short' } };
}
function apiKeyModelDefaults(defaults) {
    const models = { ...(record_isRecord(defaults.models) ? defaults.models : {}) };
    let changed = false;
    for (const [key, entry] of Object.entries(models)) {
        if (!isCacheRetentionTarget(parseAnthropicRef(key)))
            continue;
        const next = withShortCacheRetention(entry);
        if (next !== undefined)
            [models[key], changed] = [next, true];
    }
    const model = defaults.model;
    const primaryRaw = typeof model === 'string'
        ? model
        : record_isRecord(model) && typeof model.primary === 'string'
            ? model.primary
            : undefined;
    const primary = primaryRaw?.trim() ? parseAnthropicRef(knownAnthropicRef(primaryRaw)) : undefined;
    if (primary !== undefined && isCacheRetentionTarget(primary)) {
        const key = `${primary.provider}/${primary.model}`;
        const next = withShortCacheRetention(models[key]);
        if (next !== undefined)
            [models[key], changed] = [next, true];
    }
    if (Object.keys(models).some((key) => isCacheRetentionTarget(parseAnthropicRef(key)))) {
        for (const ref of API_KEY_DEFAULT_MODELS) {
            if (ref in models)
                continue;
            models[ref] = { params: { cacheRetention: 'short' } };
            changed = true;
        }
    }
    return changed ? models : undefined;
}
/** The config with the Anthropic defaults applied, when it signals Anthropic use. */
function applyAnthropicDefaults(config) {
    const agents = record_isRecord(config.agents) ? config.agents : undefined;
    const defaults = agents !== undefined && record_isRecord(agents.defaults) ? agents.defaults : undefined;
    if (agents === undefined || defaults === undefined || !signalsAnthropic(config))
        return config;
    const mode = anthropicAuthMode(config);
    if (mode === undefined)
        return config;
    const next = { ...defaults };
    const pruning = record_isRecord(defaults.contextPruning) ? defaults.contextPruning : {};
    if (pruning.mode === undefined)
        next.contextPruning = { ...pruning, mode: 'cache-ttl', ttl: pruning.ttl ?? '1h' };
    const heartbeat = record_isRecord(defaults.heartbeat) ? defaults.heartbeat : {};
    if (heartbeat.every === undefined)
        next.heartbeat = { ...heartbeat, every: mode === 'oauth' ? '1h' : '30m' };
    const models = mode === 'api_key' ? apiKeyModelDefaults(defaults) : undefined;
    if (models !== undefined)
        next.models = models;
    return { ...config, agents: { ...agents, defaults: next } };
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/model-refs.js
// The reader's model-ref canonicalisation of `agents.defaults` (`applyModelDefaults`): the
// default `model` (string or primary/fallbacks) and the keys of the `models` map become
// `<provider lowercased>/<model>` (trimmed; a few retired Google/Together model ids renamed), and
// map entries of the well-known default models get their alias. Per-agent `model`/`models` and
// every other `*Model` key are left as written (measured: the release only touches the defaults).

const GOOGLE_PROVIDERS = new Set(['google', 'google-gemini-cli', 'google-vertex']);
/** `DEFAULT_MODEL_ALIASES`: alias -> the model ref it names. */
const DEFAULT_MODEL_ALIASES = [
    ['opus', 'anthropic/claude-opus-5'],
    ['sonnet', 'anthropic/claude-sonnet-5'],
    ['gpt', 'openai/gpt-5.4'],
    ['gpt-mini', 'openai/gpt-5.4-mini'],
    ['gpt-nano', 'openai/gpt-5.4-nano'],
    ['gemini', 'google/gemini-3.1-pro-preview'],
    ['gemini-flash', 'google/gemini-3-flash-preview'],
    ['gemini-flash-lite', 'google/gemini-3.1-flash-lite'],
];
function renamedGoogleModel(id) {
    if (id.startsWith('google/')) {
        const inner = renamedGoogleModel(id.slice('google/'.length));
        return inner === id.slice('google/'.length) ? id : `google/${inner}`;
    }
    const renames = {
        'gemini-3-pro': 'gemini-3.1-pro-preview',
        'gemini-3-pro-preview': 'gemini-3.1-pro-preview',
        'gemini-3-flash': 'gemini-3-flash-preview',
        'gemini-3.1-pro': 'gemini-3.1-pro-preview',
        'gemini-3.1-flash-lite-preview': 'gemini-3.1-flash-lite',
        'gemini-3.1-flash': 'gemini-3-flash-preview',
        'gemini-3.1-flash-preview': 'gemini-3-flash-preview',
        'gemma-4-26b': 'gemma-4-26b-a4b-it',
    };
    return Object.hasOwn(renames, id) ? renames[id] : id;
}
/** `normalizeAgentModelRefForConfig`. */
function canonicalModelRef(ref) {
    const trimmed = ref.trim();
    const slash = trimmed.indexOf('/');
    if (slash <= 0 || slash >= trimmed.length - 1)
        return trimmed;
    const provider = trimmed.slice(0, slash).trim().toLowerCase();
    const model = trimmed.slice(slash + 1).trim();
    if (provider === '' || model === '')
        return trimmed;
    if (GOOGLE_PROVIDERS.has(provider) || model.startsWith('google/'))
        return `${provider}/${renamedGoogleModel(model)}`;
    if (provider === 'together' && model === 'moonshotai/Kimi-K2.5')
        return `${provider}/moonshotai/Kimi-K2.6`;
    return `${provider}/${model}`;
}
function canonicalModelSelection(value) {
    if (typeof value === 'string')
        return canonicalModelRef(value);
    if (!record_isRecord(value))
        return value;
    let next = value;
    if (typeof value.primary === 'string') {
        const primary = canonicalModelRef(value.primary);
        if (primary !== value.primary)
            next = { ...next, primary };
    }
    if (Array.isArray(value.fallbacks)) {
        const original = value.fallbacks;
        const fallbacks = original.map((ref) => (typeof ref === 'string' ? canonicalModelRef(ref) : ref));
        if (fallbacks.some((ref, index) => ref !== original[index]))
            next = { ...next, fallbacks };
    }
    return next;
}
/** Map entries that collapse onto one canonical key are merged (their `params` too). */
function mergedModelEntry(existing, incoming) {
    if (!record_isRecord(existing) || !record_isRecord(incoming))
        return incoming;
    const params = record_isRecord(existing.params) || record_isRecord(incoming.params)
        ? {
            params: {
                ...(record_isRecord(existing.params) ? existing.params : {}),
                ...(record_isRecord(incoming.params) ? incoming.params : {}),
            },
        }
        : {};
    return { ...existing, ...incoming, ...params };
}
function canonicalModelMap(models) {
    const next = {};
    for (const [key, entry] of Object.entries(models)) {
        const canonical = canonicalModelRef(key);
        next[canonical] = mergedModelEntry(next[canonical], entry);
    }
    return next;
}
function aliasFree(models, target, alias) {
    return !Object.entries(models).some(([ref, entry]) => ref !== target &&
        record_isRecord(entry) &&
        typeof entry.alias === 'string' &&
        entry.alias.trim().toLowerCase() === alias);
}
/** `agents.defaults` with its model refs canonical and the default aliases filled in. */
function canonicalizeDefaultModels(config) {
    const agents = record_isRecord(config.agents) ? config.agents : undefined;
    const defaults = agents !== undefined && record_isRecord(agents.defaults) ? agents.defaults : undefined;
    if (agents === undefined || defaults === undefined)
        return config;
    let nextDefaults = defaults;
    const model = canonicalModelSelection(defaults.model);
    if (model !== defaults.model)
        nextDefaults = { ...nextDefaults, model };
    const models = canonicalModelMap(record_isRecord(defaults.models) ? defaults.models : {});
    for (const [alias, target] of DEFAULT_MODEL_ALIASES) {
        const entry = models[target];
        if (!record_isRecord(entry) || entry.alias !== undefined || !aliasFree(models, target, alias))
            continue;
        models[target] = { ...entry, alias };
    }
    const modelsChanged = JSON.stringify(models) !== JSON.stringify(record_isRecord(defaults.models) ? defaults.models : {});
    if (modelsChanged && Object.keys(models).length > 0)
        nextDefaults = { ...nextDefaults, models };
    if (nextDefaults === defaults)
        return config;
    return { ...config, agents: { ...agents, defaults: nextDefaults } };
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/runtime-defaults.js
// The reader's runtime defaults (`materializeRuntimeConfig`), in its order: message and session
// defaults, agent concurrency, the Anthropic provider defaults, compaction, model-ref
// canonicalisation, and `~` expansion of path-like settings. Keys the reader adds go where its
// object spreads put them (new keys last).
// Not reproduced (nothing policy reads): the model rows of `models.providers.*.models`, provider
// plugins' own normalisation, talk provider normalisation, exec safe-bin normalisation.




function withMessageDefaults(config) {
    const messages = record_isRecord(config.messages) ? config.messages : undefined;
    if (messages?.ackReactionScope !== undefined)
        return config;
    return { ...config, messages: { ...messages, ackReactionScope: 'group-mentions' } };
}
/** `session.mainKey` is ignored by the runtime and always read back as `main`. */
function withSessionDefaults(config) {
    const session = record_isRecord(config.session) ? config.session : undefined;
    if (session === undefined || session.mainKey === undefined)
        return config;
    return { ...config, session: { ...session, mainKey: 'main' } };
}
const finiteNumber = (value) => typeof value === 'number' && Number.isFinite(value);
function withAgentConcurrency(config, maxConcurrent) {
    const agents = record_isRecord(config.agents) ? config.agents : undefined;
    const defaults = agents !== undefined && record_isRecord(agents.defaults) ? agents.defaults : undefined;
    const subagents = defaults !== undefined && record_isRecord(defaults.subagents) ? defaults.subagents : undefined;
    const hasMax = finiteNumber(defaults?.maxConcurrent);
    const hasSubMax = finiteNumber(subagents?.maxConcurrent);
    const hasSubArchive = finiteNumber(subagents?.archiveAfterMinutes);
    if (hasMax && hasSubMax && hasSubArchive)
        return config;
    const nextDefaults = { ...defaults };
    if (!hasMax)
        nextDefaults.maxConcurrent = maxConcurrent;
    const nextSubagents = { ...subagents };
    if (!hasSubMax)
        nextSubagents.maxConcurrent = 8;
    if (!hasSubArchive)
        nextSubagents.archiveAfterMinutes = 60;
    return { ...config, agents: { ...agents, defaults: { ...nextDefaults, subagents: nextSubagents } } };
}
function withCompactionDefaults(config) {
    const agents = record_isRecord(config.agents) ? config.agents : undefined;
    const defaults = agents !== undefined && record_isRecord(agents.defaults) ? agents.defaults : undefined;
    if (defaults === undefined)
        return config;
    const compaction = record_isRecord(defaults.compaction) ? defaults.compaction : undefined;
    if (compaction?.mode)
        return config;
    return {
        ...config,
        agents: { ...agents, defaults: { ...defaults, compaction: { ...compaction, mode: 'safeguard' } } },
    };
}
const TILDE_PATH = /^~(?=$|[\\/])/;
const PATH_KEY = /(dir|path|paths|file|root|workspace)$/i;
const PATH_LIST_KEYS = new Set(['paths', 'pathPrepend']);
/** `~`-prefixed values of path-like keys, resolved against the reader's home directory. */
function expandHomePaths(value, homeDir, key) {
    if (typeof value === 'string') {
        // A value without `~` never expands: skip the trim and the key tests.
        if (key === undefined || !value.includes('~'))
            return value;
        const trimmed = value.trim();
        if (!TILDE_PATH.test(trimmed) || !(PATH_KEY.test(key) || PATH_LIST_KEYS.has(key)))
            return value;
        return external_node_path_namespaceObject.posix.resolve(`${homeDir}${trimmed.slice(1)}`);
    }
    // Containers are copied only where something below them expanded.
    if (Array.isArray(value)) {
        const listKey = key !== undefined && PATH_LIST_KEYS.has(key) ? key : undefined;
        let changed = false;
        const out = value.map((item) => {
            const next = expandHomePaths(item, homeDir, typeof item === 'string' ? listKey : undefined);
            if (next !== item)
                changed = true;
            return next;
        });
        return changed ? out : value;
    }
    if (record_isRecord(value)) {
        let changed = false;
        const entries = Object.entries(value).map(([k, v]) => {
            const next = expandHomePaths(v, homeDir, k);
            if (next !== v)
                changed = true;
            return [k, next];
        });
        return changed ? Object.fromEntries(entries) : value;
    }
    return value;
}
function applyRuntimeDefaults(config, options) {
    let next = withMessageDefaults(config);
    next = withSessionDefaults(next);
    next = withAgentConcurrency(next, options.agentMaxConcurrent);
    next = applyAnthropicDefaults(next);
    next = withCompactionDefaults(next);
    next = canonicalizeDefaultModels(next);
    return options.homeDir === undefined
        ? next
        : expandHomePaths(next, options.homeDir);
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/schema-checks.js
// The zod checks of single values in the release schema (schema-node.ts ValueCheck): lengths,
// patterns, URLs, integers and bounds, and a few refinements policy-relevant keys carry — with
// zod's messages (and the reader's bound hints).
/** One zod check on a value that parsed; the trimmed value for `trim`. */
function runCheck(value, check) {
    const fail = (message) => ({ value, issue: { path: [], message, continuable: true } });
    const unit = Array.isArray(value) ? 'items' : 'characters';
    const kind = Array.isArray(value) ? 'array' : 'string';
    const size = Array.isArray(value) ? value.length : typeof value === 'string' ? codePointLength(value) : 0;
    switch (check[0]) {
        case 'trim':
            return { value: typeof value === 'string' ? value.trim() : value };
        case 'min':
            return size < check[1] ? fail(`Too small: expected ${kind} to have >=${check[1]} ${unit}`) : { value };
        case 'max':
            return size > check[1] ? fail(`Too big: expected ${kind} to have <=${check[1]} ${unit}`) : { value };
        case 'regex':
            if (typeof value !== 'string' || checkPattern(check[1], check[2]).test(value))
                return { value };
            return fail(check[3] ?? `Invalid string: must match pattern /${check[1]}/${check[2]}`);
        case 'int':
            if (typeof value !== 'number' || Number.isSafeInteger(value))
                return { value };
            return {
                value,
                issue: {
                    path: [],
                    message: 'Invalid input: expected int, received number',
                    continuable: false,
                    incomplete: true,
                },
            };
        case 'url': {
            if (typeof value !== 'string')
                return { value };
            const trimmed = value.trim();
            return URL.canParse(trimmed) ? { value: trimmed.replace(/[\t\n\r]/g, '') } : fail('Invalid URL');
        }
        case 'httpUrl': {
            const protocol = typeof value === 'string' && URL.canParse(value) ? new URL(value).protocol : undefined;
            return protocol === 'http:' || protocol === 'https:'
                ? { value }
                : fail('Expected http:// or https:// URL');
        }
        case 'fileSecretId': {
            if (typeof value !== 'string' || value === 'value')
                return { value };
            const ok = value.startsWith('/') &&
                value
                    .slice(1)
                    .split('/')
                    .every((segment) => /^(?:[^~]|~0|~1)*$/.test(segment));
            return ok
                ? { value }
                : fail('File secret reference id must be an absolute JSON pointer (example: "/providers/openai/apiKey"), or "value" for singleValue mode.');
        }
        case 'execSecretId': {
            if (typeof value !== 'string')
                return { value };
            const ok = /^[A-Za-z0-9][A-Za-z0-9._:/#-]{0,255}$/.test(value) &&
                !value.split('/').some((s) => s === '.' || s === '..');
            return ok
                ? { value }
                : fail('Exec secret reference id must match /^[A-Za-z0-9][A-Za-z0-9._:/#-]{0,255}$/ and must not include "." or ".." path segments (example: "vault/openai/api-key" or "aws/secret#json_key").');
        }
        case 'modelRefOrEmpty': {
            if (typeof value !== 'string' || value === '')
                return { value };
            const slash = value.indexOf('/');
            const ok = slash > 0 &&
                slash < value.length - 1 &&
                value.slice(0, slash).trim() !== '' &&
                value.slice(slash + 1).trim() !== '';
            return ok ? { value } : fail('Expected provider/model, or an empty string to disable decision models.');
        }
        case 'gt': {
            const [, bound, inclusive] = check;
            if (typeof value !== 'number' || (inclusive ? value >= bound : value > bound))
                return { value };
            const hint = inclusive ? `(minimum: ${bound})` : `(must be greater than ${bound})`;
            return fail(`Too small: expected number to be ${inclusive ? '>=' : '>'}${bound} ${hint}`);
        }
        case 'lt': {
            const [, bound, inclusive] = check;
            if (typeof value !== 'number' || (inclusive ? value <= bound : value < bound))
                return { value };
            const hint = inclusive ? `(maximum: ${bound})` : `(must be less than ${bound})`;
            return fail(`Too big: expected number to be ${inclusive ? '<=' : '<'}${bound} ${hint}`);
        }
    }
}
// The schema's `regex` checks, compiled once each (none is global or sticky: no state to share).
const checkPatterns = new Map();
function checkPattern(source, flags) {
    if (flags.includes('g') || flags.includes('y'))
        return new RegExp(source, flags);
    const cacheKey = `${flags}/${source}`;
    let compiled = checkPatterns.get(cacheKey);
    if (compiled === undefined)
        checkPatterns.set(cacheKey, (compiled = new RegExp(source, flags)));
    return compiled;
}
/** `[...text].length` without the array: code points, a surrogate pair counting once. */
function codePointLength(text) {
    let count = text.length;
    for (let i = 0; i < text.length - 1; i++) {
        const unit = text.charCodeAt(i);
        if (unit >= 0xd800 && unit <= 0xdbff) {
            const next = text.charCodeAt(i + 1);
            if (next >= 0xdc00 && next <= 0xdfff) {
                count--;
                i++;
            }
        }
    }
    return count;
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/schema-parse.js
// The release's zod parse of the config, re-done over the compact schema (schema-node.ts): the
// issues it reports (in zod's order, with zod's messages and the reader's "allowed:" hints) and
// the value it returns — declared keys first, in declaration order, unknown keys of lenient
// objects dropped.


function step(walk, segment) {
    return {
        path: walk.depth === 0 ? segment : `${walk.path}.${segment}`,
        depth: walk.depth + 1,
        refine: walk.refine,
    };
}
// Key patterns of the schema, compiled once each (none is global or sticky: no state to share).
const keyPatterns = new Map();
function keyPattern(source, flags) {
    if (flags.includes('g') || flags.includes('y'))
        return new RegExp(source, flags);
    const cacheKey = `${flags}/${source}`;
    let compiled = keyPatterns.get(cacheKey);
    if (compiled === undefined)
        keyPatterns.set(cacheKey, (compiled = new RegExp(source, flags)));
    return compiled;
}
// The declared keys of each object node, as a set, built once per node.
const declaredKeySets = new WeakMap();
function declaredKeys(node) {
    let keys = declaredKeySets.get(node);
    if (keys === undefined)
        declaredKeySets.set(node, (keys = new Set(node.o.map((property) => property[0]))));
    return keys;
}
/** What zod calls the received type in `Invalid input: expected X, received Y`. */
function receivedType(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'array';
    return typeof value;
}
function invalidType(expected, value, path) {
    return {
        path,
        message: `Invalid input: expected ${expected}, received ${receivedType(value)}`,
        continuable: false,
        ...(expected === 'boolean' ? { allowed: [true, false] } : { incomplete: true }),
    };
}
function invalidValue(values, path) {
    const message = values.length === 1
        ? `Invalid input: expected ${JSON.stringify(values[0])}`
        : `Invalid option: expected one of ${values.map((v) => JSON.stringify(v)).join('|')}`;
    return { path, message, continuable: false, allowed: values, code: 'invalid_value' };
}
function keyAllowed(rule, key) {
    return 'e' in rule ? rule.e.includes(key) : keyPattern(rule.p, rule.f).test(key);
}
function prefixed(issues, segment) {
    if (issues.length === 0)
        return issues;
    return issues.map((issue) => ({ ...issue, path: [segment, ...issue.path] }));
}
function parseObject(value, node, walk) {
    if (!record_isRecord(value))
        return { value, issues: [invalidType('object', value, [])] };
    const out = {};
    const issues = [];
    const declared = declaredKeys(node);
    for (const property of node.o) {
        const [key, child, required] = property;
        if (!Object.hasOwn(value, key) || value[key] === undefined) {
            if (required === 1)
                issues.push(...prefixed(parseNode(undefined, child, step(walk, key)).issues, key));
            if (property.length === 4)
                out[key] = structuredClone(property[3]);
            continue;
        }
        const parsed = parseNode(value[key], child, step(walk, key));
        out[key] = parsed.value;
        issues.push(...prefixed(parsed.issues, key));
    }
    const unknown = Object.keys(value).filter((key) => !declared.has(key));
    if (node.x === undefined) {
        if (unknown.length > 0) {
            const quoted = unknown.map((key) => `"${key}"`).join(', ');
            const label = unknown.length === 1 ? 'Unrecognized key' : 'Unrecognized keys';
            issues.push({ path: [], message: `${label}: ${quoted}`, continuable: true, code: 'unrecognized_keys' });
        }
    }
    else if (node.x !== 0) {
        for (const key of unknown) {
            const parsed = parseNode(value[key], node.x, step(walk, '*'));
            out[key] = parsed.value;
            issues.push(...prefixed(parsed.issues, key));
        }
    }
    return { value: out, issues };
}
function parseRecord(value, node, walk) {
    if (!record_isRecord(value))
        return { value, issues: [invalidType('record', value, [])] };
    const out = {};
    const issues = [];
    for (const [key, child] of Object.entries(value)) {
        if (node.k !== undefined && !keyAllowed(node.k, key)) {
            issues.push({ path: [key], message: 'Invalid key in record', continuable: false });
            continue;
        }
        const parsed = parseNode(child, node.r, step(walk, '*'));
        out[key] = parsed.value;
        issues.push(...prefixed(parsed.issues, key));
    }
    return { value: out, issues };
}
function parseArray(value, element, walk) {
    if (!Array.isArray(value))
        return { value, issues: [invalidType('array', value, [])] };
    const issues = [];
    const out = value.map((item, index) => {
        const node = element(index);
        if (node === undefined)
            return item;
        const parsed = parseNode(item, node, step(walk, '#'));
        issues.push(...prefixed(parsed.issues, index));
        return parsed.value;
    });
    return { value: out, issues };
}
/**
 * The reader's hint for a failed union: each alternative failed on at least one listed value and
 * on no type mismatch without values (unrecognized keys and checks do not count).
 */
function unionAllowedValues(results) {
    const values = [];
    for (const result of results) {
        if (result.issues.some((issue) => issue.incomplete))
            return undefined;
        const listed = result.issues.flatMap((issue) => issue.allowed ?? []);
        if (listed.length === 0)
            return undefined;
        values.push(...listed);
    }
    return values;
}
function parseUnion(value, alternatives, walk) {
    const results = alternatives.map((alternative) => parseNode(value, alternative, walk));
    const success = results.find((result) => result.issues.length === 0);
    if (success !== undefined)
        return success;
    const open = results.filter((result) => result.issues.every((issue) => issue.continuable));
    if (open.length === 1 && open[0] !== undefined)
        return open[0];
    const allowed = unionAllowedValues(results);
    const failure = {
        path: [],
        message: 'Invalid input',
        continuable: false,
        branches: results.map((r) => r.issues),
    };
    return { value, issues: [{ ...failure, ...(allowed ? { allowed } : { incomplete: true }) }] };
}
function parseLeaf(value, node) {
    const ok = node === '*' ||
        (node === 's' && typeof value === 'string') ||
        (node === 'n' && typeof value === 'number' && Number.isFinite(value)) ||
        (node === 'b' && typeof value === 'boolean') ||
        (node === 'z' && value === null);
    if (ok)
        return { value, issues: [] };
    const expected = { s: 'string', n: 'number', b: 'boolean', z: 'null' }[node];
    return { value, issues: [invalidType(expected, value, [])] };
}
/**
 * Checks run on a value whose type parsed; length checks (zod's `when`) also run on a value that
 * failed, as long as it has a length (a string or an array).
 */
function parseChecked(value, node, walk) {
    const parsed = parseNode(value, node.of, walk);
    const aborted = parsed.issues.some((issue) => !issue.continuable);
    const hasLength = typeof parsed.value === 'string' || Array.isArray(parsed.value);
    let current = parsed.value;
    const issues = [...parsed.issues];
    for (const check of node.c) {
        if (aborted && !(hasLength && (check[0] === 'min' || check[0] === 'max')))
            continue;
        const result = runCheck(current, check);
        current = result.value;
        if (result.issue !== undefined)
            issues.push(result.issue);
    }
    return { value: current, issues };
}
function parseStructure(value, node, walk) {
    if (typeof node === 'string')
        return parseLeaf(value, node);
    if ('c' in node)
        return parseChecked(value, node, walk);
    if ('q' in node)
        return value === null ? { value, issues: [] } : parseNode(value, node.q, walk);
    if ('l' in node) {
        return node.l.includes(value) ? { value, issues: [] } : { value, issues: [invalidValue(node.l, [])] };
    }
    if ('e' in node) {
        return typeof value === 'string' && node.e.includes(value)
            ? { value, issues: [] }
            : { value, issues: [invalidValue(node.e, [])] };
    }
    if ('o' in node)
        return parseObject(value, node, walk);
    if ('r' in node)
        return parseRecord(value, node, walk);
    if ('a' in node)
        return parseArray(value, () => node.a, walk);
    if ('t' in node)
        return parseArray(value, (index) => node.t[index], walk);
    return parseUnion(value, node.u, walk);
}
/** Parses `value` against `node`: zod's issues and zod's output value. */
function parseNode(value, node, walk = { path: '', depth: 0, refine: undefined }) {
    const parsed = parseStructure(value, node, walk);
    const isContainer = typeof node === 'object' && ('o' in node || 'r' in node || 'a' in node);
    if (walk.refine === undefined || !isContainer || parsed.issues.some((issue) => !issue.continuable))
        return parsed;
    const refined = walk.refine(walk.path, parsed.value);
    return refined.length === 0 ? parsed : { value: parsed.value, issues: [...parsed.issues, ...refined] };
}
/** The root parse with the release's refinements. */
function parseWithRefinements(value, node, refine) {
    return parseNode(value, node, { path: '', depth: 0, refine });
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/sandbox-refinements.js
// The release schema's security rules for sandbox containers and exec policies: blocked network
// modes and security profiles, relative bind sources, and `exec.mode` next to the legacy
// `security`/`ask` pair.
const custom = (path, message) => ({
    path,
    message,
    continuable: true,
});
function lowered(value) {
    return typeof value === 'string' ? value.trim().toLowerCase() : '';
}
/** The host part of a bind spec `host:container[:options]` (a drive letter is not a separator). */
function bindSource(bind) {
    const separator = bind.indexOf(':', /^[A-Za-z]:[\\/]/.test(bind) ? 2 : 0);
    return separator === -1 ? bind : bind.slice(0, separator);
}
function isAbsoluteHostPath(raw) {
    let input = raw;
    if (input.startsWith('\\\\?\\'))
        input = input.slice(4).toUpperCase().startsWith('UNC\\') ? `\\\\${input.slice(8)}` : input.slice(4);
    else if (input.startsWith('//?/'))
        input = input.slice(4).toUpperCase().startsWith('UNC/') ? `//${input.slice(8)}` : input.slice(4);
    return input.startsWith('/') || /^[A-Za-z]:[\\/]/.test(input);
}
function bindIssues(binds) {
    if (!Array.isArray(binds))
        return [];
    return binds.flatMap((bind, index) => {
        const text = typeof bind === 'string' ? bind : '';
        if (text.trim() === '')
            return [custom(['binds', index], 'Sandbox security: bind mount entry must be a non-empty string.')];
        const source = bindSource(text);
        if (isAbsoluteHostPath(source))
            return [];
        return [
            custom(['binds', index], `Sandbox security: bind mount "${text}" uses a non-absolute source path "${source}". Only absolute POSIX or Windows drive-letter paths are supported for sandbox binds.`),
        ];
    });
}
function sandboxDockerIssues(docker) {
    const issues = bindIssues(docker.binds);
    const network = lowered(docker.network);
    if (network === 'host') {
        issues.push(custom(['network'], 'Sandbox security: network mode "host" is blocked. Use "bridge" or "none" instead.'));
    }
    else if (network.startsWith('container:') && docker.dangerouslyAllowContainerNamespaceJoin !== true) {
        issues.push(custom(['network'], 'Sandbox security: network mode "container:*" is blocked by default. Use a custom bridge network, or set dangerouslyAllowContainerNamespaceJoin=true only when you fully trust this runtime.'));
    }
    if (lowered(docker.seccompProfile) === 'unconfined') {
        issues.push(custom(['seccompProfile'], 'Sandbox security: seccomp profile "unconfined" is blocked. Use a custom seccomp profile file or omit this setting.'));
    }
    if (lowered(docker.apparmorProfile) === 'unconfined') {
        issues.push(custom(['apparmorProfile'], 'Sandbox security: AppArmor profile "unconfined" is blocked. Use a named AppArmor profile or omit this setting.'));
    }
    return issues;
}
function sandboxBrowserIssues(browser) {
    const issues = bindIssues(browser.binds);
    if (lowered(browser.network) === 'host') {
        issues.push(custom(['network'], 'Sandbox security: browser network mode "host" is blocked. Use "bridge" or a custom bridge network instead.'));
    }
    return issues;
}
/** `mode` from the `security`/`ask` pair, when one mode means exactly that pair. */
function exactModeFor(security, ask) {
    if (ask === 'always' || (security === 'full' && ask === 'on-miss'))
        return undefined;
    if (security === 'deny')
        return 'deny';
    if (security === 'allowlist' && ask === 'off')
        return 'allowlist';
    if (security === 'full' && ask !== 'always')
        return 'full';
    return 'ask';
}
function execModeConflictIssues(exec) {
    if (exec.mode === undefined || (exec.security === undefined && exec.ask === undefined))
        return [];
    const both = exec.security !== undefined && exec.ask !== undefined;
    const exact = both ? exactModeFor(exec.security, exec.ask) : undefined;
    const repair = exact
        ? `Replace security/ask with mode="${exact}" (the equivalent of security="${String(exec.security)}" + ask="${String(exec.ask)}").`
        : both
            ? 'This security/ask pair has no exact mode equivalent. To keep this policy, retain both legacy fields and remove mode.'
            : 'The legacy policy is incomplete. Choose the intended security and ask values before converting; no mode equivalent can be inferred.';
    return [
        custom(['mode'], `mode cannot be combined with security or ask in the same exec object. Update the deploy script, template, or patch at this scope. ${repair} Doctor migrates supported legacy policies to mode; run "openclaw doctor --fix" only when the saved file still needs migration.`),
    ];
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/schema-refinements.js
// The release schema's cross-field rules (its zod `superRefine`s) that touch what policy reads:
// the agent roster, route-binding owners, custom model providers, MCP servers, sandbox containers
// and tool policies. Each returns zod-style issues relative to the checked object.




const schema_refinements_custom = (path, message) => ({
    path,
    message,
    continuable: true,
});
const agentsRoster = (agents) => {
    const issues = [];
    const entries = Object.entries(record_isRecord(agents.entries) ? agents.entries : {});
    if (entries.length === 0)
        issues.push(schema_refinements_custom(['entries'], 'agents.entries must contain at least one configured agent'));
    const firstKeyById = new Map();
    for (const [key] of entries) {
        const id = normalizeAgentId(key);
        const first = firstKeyById.get(id);
        if (first === undefined)
            firstKeyById.set(id, key);
        else {
            issues.push(schema_refinements_custom(['entries', key], `agents.entries keys "${first}" and "${key}" resolve to the same agent id "${id}"; rename one key so each agent has a unique id`));
        }
    }
    const marked = entries.filter(([, entry]) => record_isRecord(entry) && entry.default === true).length;
    if (marked > 1)
        issues.push(schema_refinements_custom(['entries'], `agents.entries must contain at most one default=true entry (found ${marked})`));
    if (agents.ownership === 'explicit' && marked > 0) {
        issues.push(schema_refinements_custom(['ownership'], 'agents.ownership=explicit cannot be combined with a legacy default=true marker'));
    }
    if (entries.length > 1 && marked === 0 && agents.ownership !== 'explicit') {
        issues.push(schema_refinements_custom(['ownership'], 'multi-agent rosters require agents.ownership="explicit" or one legacy default=true marker; add agents.ownership="explicit" or run openclaw doctor'));
    }
    return issues;
};
/** Owners named anywhere must be configured agents (`main` is always fine for bindings). */
const rootAgentReferences = (config) => {
    const agents = record_isRecord(config.agents) ? config.agents : {};
    const entryIds = Object.entries(record_isRecord(agents.entries) ? agents.entries : {})
        .filter(([, entry]) => record_isRecord(entry))
        .map(([id]) => normalizeAgentId(id));
    const known = new Set(entryIds.length === 0 ? ['main'] : entryIds);
    const defaults = record_isRecord(agents.defaults) ? agents.defaults : {};
    const roleOwner = (value) => (record_isRecord(value) ? value.agentId : undefined);
    const targets = [
        [['agents', 'defaults', 'heartbeat', 'agentId'], roleOwner(defaults.heartbeat)],
        [['agents', 'defaults', 'systemAgent', 'agentId'], roleOwner(defaults.systemAgent)],
        [['talk', 'agentId'], roleOwner(config.talk)],
    ];
    const issues = [];
    for (const [path, agentId] of targets) {
        if (typeof agentId === 'string' && !known.has(normalizeAgentId(agentId))) {
            issues.push(schema_refinements_custom(path, `Unknown agent id "${agentId}" (not in agents.entries).`));
        }
    }
    if (entryIds.length > 0 && Array.isArray(config.bindings)) {
        config.bindings.forEach((binding, index) => {
            const agentId = record_isRecord(binding) ? binding.agentId : undefined;
            if (typeof agentId === 'string' && agentId !== 'main' && !known.has(normalizeAgentId(agentId))) {
                issues.push(schema_refinements_custom(['bindings', index, 'agentId'], `Unknown agent id "${agentId}" (not in agents.entries).`));
            }
        });
    }
    return issues;
};
const customModelProviders = (providers) => Object.entries(providers).flatMap(([id, provider]) => {
    if (isBuiltInModelProviderOverlay(id) || !record_isRecord(provider))
        return [];
    const issues = [];
    if (!provider.baseUrl) {
        issues.push(schema_refinements_custom([id, 'baseUrl'], 'custom model providers must declare baseUrl; provider overlays without baseUrl are only supported for bundled providers'));
    }
    if (!Array.isArray(provider.models)) {
        issues.push(schema_refinements_custom([id, 'models'], 'custom model providers must declare models; provider overlays without models are only supported for bundled providers'));
    }
    return issues;
});
/** ACP bindings must target one conversation. */
const acpBinding = (binding) => {
    if (binding.type !== 'acp')
        return [];
    const match = record_isRecord(binding.match) ? binding.match : {};
    const peer = record_isRecord(match.peer) ? match.peer : {};
    const id = typeof peer.id === 'string' ? peer.id.trim() : '';
    return id === ''
        ? [schema_refinements_custom(['match', 'peer'], 'ACP bindings require match.peer.id to target a concrete conversation.')]
        : [];
};
const LEGACY_MCP_KEYS = [
    'connectTimeout',
    'connect_timeout',
    'timeout',
    'workingDirectory',
    'supports_parallel_tool_calls',
    'ssl_verify',
    'client_cert',
    'client_key',
];
const mcpServer = (server) => {
    const issues = LEGACY_MCP_KEYS.filter((key) => Object.hasOwn(server, key)).map((key) => schema_refinements_custom([], `Unrecognized key: "${key}"`));
    if (record_isRecord(server.codex) && Object.hasOwn(server.codex, 'default_tools_approval_mode')) {
        issues.push(schema_refinements_custom(['codex', 'default_tools_approval_mode'], 'Unrecognized key: "default_tools_approval_mode"'));
    }
    if (Object.hasOwn(server, 'disabled')) {
        const replacement = typeof server.disabled === 'boolean'
            ? `"enabled: ${!server.disabled}" instead, then run "openclaw doctor --fix" to migrate existing config`
            : 'the canonical "enabled" boolean instead';
        issues.push(schema_refinements_custom(['disabled'], `unsupported key "disabled"; use ${replacement}`));
    }
    const oauth = record_isRecord(server.oauth) ? server.oauth : {};
    if (oauth.identity === 'per-requester') {
        if (server.auth !== 'oauth')
            issues.push(schema_refinements_custom(['oauth', 'identity'], 'oauth.identity "per-requester" requires auth: "oauth"'));
        if (oauth.authProfileId)
            issues.push(schema_refinements_custom(['oauth', 'authProfileId'], 'oauth.authProfileId cannot be used with oauth.identity "per-requester"'));
        if (!server.url)
            issues.push(schema_refinements_custom(['oauth', 'identity'], 'oauth.identity "per-requester" requires an HTTP server URL'));
        if (server.command !== undefined || server.transport === 'stdio') {
            issues.push(schema_refinements_custom(['oauth', 'identity'], 'oauth.identity "per-requester" cannot be combined with a command or "stdio" transport'));
        }
    }
    if (server.transport === 'stdio' && (typeof server.command !== 'string' || server.command.trim() === '')) {
        issues.push(schema_refinements_custom(['transport'], '"stdio" transport requires a non-empty command'));
    }
    return issues;
};
const mcpServers = (servers) => Object.hasOwn(servers, '__proto__')
    ? [schema_refinements_custom(['__proto__'], 'MCP server name "__proto__" is reserved; rename the server')]
    : [];
const allowAlsoAllow = (message) => (policy) => {
    const filled = (value) => Array.isArray(value) && value.length > 0;
    return filled(policy.allow) && filled(policy.alsoAllow) ? [schema_refinements_custom([], message)] : [];
};
const scopeHint = 'cannot set both allow and alsoAllow in the same scope (merge alsoAllow into allow, or remove allow and use profile + alsoAllow)';
const toolPolicyIn = (scope) => allowAlsoAllow(`${scope} ${scopeHint}`);
/** Schema path (see Refinements) -> the release's checks at that path. */
const CHECKS_BY_PATH = new Map([
    ['', [rootAgentReferences]],
    ['agents', [agentsRoster]],
    ['bindings.#', [acpBinding]],
    ['models.providers', [customModelProviders]],
    ['mcp.servers', [mcpServers]],
    ['mcp.servers.*', [mcpServer]],
    ['agents.defaults.sandbox.docker', [sandboxDockerIssues]],
    ['agents.entries.*.sandbox.docker', [sandboxDockerIssues]],
    ['agents.defaults.sandbox.browser', [sandboxBrowserIssues]],
    ['agents.entries.*.sandbox.browser', [sandboxBrowserIssues]],
    ['tools', [toolPolicyIn('tools')]],
    ['agents.entries.*.tools', [toolPolicyIn('agent tools')]],
    ['tools.byProvider.*', [toolPolicyIn('tools.byProvider policy')]],
    ['agents.entries.*.tools.byProvider.*', [toolPolicyIn('tools.byProvider policy')]],
    ['tools.toolsBySender.*', [toolPolicyIn('tools policy')]],
    ['agents.entries.*.tools.toolsBySender.*', [toolPolicyIn('tools policy')]],
    ['tools.subagents.tools', [toolPolicyIn('tools policy')]],
    ['tools.sandbox.tools', [toolPolicyIn('tools policy')]],
    ['agents.entries.*.tools.sandbox.tools', [toolPolicyIn('tools policy')]],
    ['tools.exec', [execModeConflictIssues]],
    ['agents.entries.*.tools.exec', [execModeConflictIssues]],
]);
/** The release's refinements, for parseWithRefinements. */
const releaseRefinements = (schemaPath, value) => {
    const checks = CHECKS_BY_PATH.get(schemaPath);
    if (checks === undefined || !record_isRecord(value))
        return [];
    return checks.flatMap((check) => check(value));
};

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/unsupported-secret-refs.js
// Credentials the runtime rewrites itself must stay plain strings: a SecretRef object at one of
// these paths makes the reader refuse the config with its own message (which replaces the schema's
// complaint about the same key).

const SURFACES = [
    'hooks.token',
    'hooks.gmail.pushToken',
    'hooks.mappings[].sessionKey',
    'channels.discord.accounts.*.threadBindings.webhookToken',
    'channels.discord.threadBindings.webhookToken',
    'channels.whatsapp.accounts.*.creds.json',
    'channels.whatsapp.creds.json',
];
const unsupported_secret_refs_SOURCES = new Set(['env', 'file', 'exec', 'store']);
/** `coerceSecretRef` on an object: a full `{source, provider, id}` or a legacy `{source, id}`. */
function isSecretRefObject(value) {
    if (!record_isRecord(value) || !unsupported_secret_refs_SOURCES.has(value.source))
        return false;
    const id = typeof value.id === 'string' && value.id.trim() !== '';
    if (Object.keys(value).length === 3)
        return id && typeof value.provider === 'string' && value.provider.trim() !== '';
    return id && value.provider === undefined;
}
function candidates(current, tokens, path) {
    const [token, ...rest] = tokens;
    if (token === undefined)
        return [{ path: path.join('.'), value: current }];
    if (token === '*') {
        if (Array.isArray(current))
            return current.flatMap((item, i) => candidates(item, rest, [...path, String(i)]));
        if (!record_isRecord(current))
            return [];
        return Object.entries(current).flatMap(([key, value]) => candidates(value, rest, [...path, key]));
    }
    if (!record_isRecord(current))
        return [];
    const key = token.endsWith('[]') ? token.slice(0, -2) : token;
    if (!Object.hasOwn(current, key))
        return [];
    if (!token.endsWith('[]'))
        return candidates(current[key], rest, [...path, key]);
    const list = current[key];
    if (!Array.isArray(list))
        return [];
    return list.flatMap((item, i) => candidates(item, rest, [...path, key, String(i)]));
}
function unsupportedSecretRefProblems(config) {
    return SURFACES.flatMap((surface) => candidates(config, surface.split('.'), []))
        .filter((candidate) => isSecretRefObject(candidate.value))
        .map(({ path }) => ({
        path,
        message: `SecretRef objects are not supported at ${path}. This credential is runtime-mutable or runtime-managed and must stay a plain string value. Use a plain string (env template strings like "\${MY_VAR}" are allowed). See https://docs.openclaw.ai/reference/secretref-credential-surface.`,
    }));
}
/** The schema's problems without its complaint about a key the SecretRef problems already name. */
function withoutSecretRefDuplicates(schemaProblems, secretRefs) {
    return schemaProblems.flatMap((problem) => {
        let current = problem;
        for (const ref of secretRefs) {
            if (current === undefined)
                return [];
            if (current.path === ref.path) {
                current = /expected string, received object/i.test(current.message) ? undefined : current;
                continue;
            }
            if (!current.path || !ref.path.startsWith(`${current.path}.`))
                continue;
            if (!/Unrecognized key|must not have additional properties/i.test(current.message))
                continue;
            const child = ref.path.slice(current.path.length + 1).split('.')[0] ?? '';
            const keys = [...current.message.matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? '');
            if (!keys.includes(child))
                continue;
            const remaining = keys.filter((key) => key !== child);
            if (remaining.length === 0)
                current = undefined;
            else {
                const quoted = remaining.map((key) => `"${key}"`).join(', ');
                const message = /must not have additional properties/i.test(current.message)
                    ? `must not have additional properties: ${quoted}`
                    : `${remaining.length === 1 ? 'Unrecognized key' : 'Unrecognized keys'}: ${quoted}`;
                current = { ...current, message };
            }
        }
        return current === undefined ? [] : [current];
    });
}

;// CONCATENATED MODULE: ./lib/engine/current/loaded-config/index.js
// The config as OpenClaw 2026.9.6's config reader hands it to the policy plugin (SPEC-2026.9
// §3.2), and the release's agent selection (§2.2 step 4, §3.1). Pure. README.md lists what is
// reproduced and what is not.
//
// The reader's steps, in its order: `${VAR}` templates → context-budget migration → roster
// migration (implicit `main`, `agents.list` → `agents.entries`, legacy default owner) → schema
// parse (refusal, key order, refinements) → bundled provider overlays and gateway rules → runtime
// defaults → plugin checks (channels, the policy plugin's entry) → warnings.




















/** With a legacy default owner the reader parses a multi-agent roster as an explicit one. */
function parseRoster(config, legacyDefault) {
    const agents = record_isRecord(config.agents) ? config.agents : undefined;
    const entries = agents !== undefined && record_isRecord(agents.entries) ? agents.entries : {};
    const synthetic = legacyDefault !== undefined &&
        agents !== undefined &&
        Object.keys(entries).length > 1 &&
        agents.ownership === undefined;
    const input = synthetic ? { ...config, agents: { ...agents, ownership: 'explicit' } } : config;
    const parsed = parseWithRefinements(input, releaseConfigSchema(), releaseRefinements);
    if (!synthetic || parsed.issues.length > 0 || !record_isRecord(parsed.value) || !record_isRecord(parsed.value.agents))
        return parsed;
    const parsedAgents = Object.fromEntries(Object.entries(parsed.value.agents).filter(([key]) => key !== 'ownership'));
    return { ...parsed, value: { ...parsed.value, agents: parsedAgents } };
}
/** `$include` directives pull in other files, which a pure loader of one file cannot see. */
function includeDirectives(value, path = []) {
    if (Array.isArray(value))
        return value.flatMap((item, i) => includeDirectives(item, [...path, String(i)]));
    if (!record_isRecord(value))
        return [];
    return Object.entries(value).flatMap(([key, child]) => key === '$include'
        ? [
            {
                path: path.join('.'),
                message: 'policy-gate cannot follow $include directives (the release merges the included file)',
            },
        ]
        : includeDirectives(child, [...path, key]));
}
/** JSON5-parsed config file → what the policy plugin sees (implicit agent, migrations, defaults). */
function loadOpenClawConfig(raw, options = {}) {
    const includes = includeDirectives(raw);
    if (includes.length > 0)
        return { ok: false, problems: includes };
    const templates = resolveEnvTemplates(raw, options.env ?? {});
    const budget = migrateContextBudget(templates.config);
    const roster = migrateAgentRoster(budget.config, { homeDir: options.homeDir ?? '~' });
    const secretRefs = unsupportedSecretRefProblems(roster.config);
    const parsed = parseRoster(roster.config, roster.legacyDefaultAgentId);
    const schemaProblems = withoutSecretRefDuplicates(parsed.issues.map(problemFromSchemaIssue), secretRefs);
    if (parsed.issues.length > 0)
        return { ok: false, problems: [...secretRefs, ...schemaProblems] };
    if (secretRefs.length > 0) {
        return {
            ok: false,
            problems: [...secretRefs, ...withoutSecretRefDuplicates(rawChannelProblems(roster.config), secretRefs)],
        };
    }
    const validated = withBundledProviderOverlays(parsed.value);
    const gatewayProblems = gatewayExposureProblems(validated);
    if (gatewayProblems.length > 0)
        return { ok: false, problems: gatewayProblems };
    const materialized = applyRuntimeDefaults(validated, {
        homeDir: options.homeDir,
        agentMaxConcurrent: options.agentMaxConcurrent ?? 8,
    });
    const pending = options.pluginInstallsFailed === false ? new Set() : pendingInstallPluginIds(materialized);
    const channels = applyChannelSettings(materialized, pending);
    const policyEntry = applyPolicyPluginEntry(channels.config);
    const problems = [...channels.problems, ...policyEntry.problems];
    if (problems.length > 0)
        return { ok: false, problems };
    const warnings = [
        ...heartbeatOwnerWarnings(policyEntry.config, roster.legacyDefaultAgentId),
        ...dmPolicyDependencyWarnings(validated),
        ...channels.warnings,
        ...pluginReferenceWarnings(policyEntry.config, pending),
        ...policyEntry.warnings,
        ...templates.warnings,
        ...budget.changes,
        ...budget.warnings,
        ...roster.diagnostics.map((message) => ({ path: 'agents.entries', message })),
    ];
    return { ok: true, config: policyEntry.config, warnings: warnings.map(warningText) };
}

;// CONCATENATED MODULE: ./lib/workspace/agent-workspace.js
// The workspace directory of the agent a 2026.9.6 policy command evaluates (`resolveAgentWorkspaceDir`,
// SPEC-2026.9 §3.1), mapped onto policy-gate's model, where `--cwd` is the workspace OpenClaw would
// find at `~/.openclaw/workspace`: an agent's configured `workspace` first; the agent that owns the
// legacy data evaluates `--cwd`; any other `<agents.defaults.workspace>/<id>`, else
// `<state dir>/workspace-<id>`, as OpenClaw resolves them.
//
// The legacy data owner is the only agent (or the implicit `main`), or, for `policy compare` only,
// the agent a migrated roster marked `default: true`: OpenClaw's reader remembers that marker for
// the config object it returns, and `check`/`watch` evaluate a copy of it, which forgets it.




/** The absolute workspace directory of `agentId` (already normalised). */
function agentWorkspaceDir(agentId, context) {
    const userPath = (value) => external_node_path_namespaceObject.resolve(context.workspaceRoot, value.replace(/^~(?=$|[\\/])/, () => context.home));
    const entry = configuredAgents(context.config).find((agent) => normalizeAgentId(agent.agentId) === agentId);
    const configured = record_isRecord(entry?.value) ? agent_workspace_nonBlank(entry.value.workspace) : undefined;
    if (configured !== undefined)
        return userPath(configured);
    if (agentId === legacyDataOwner(context))
        return external_node_path_namespaceObject.resolve(context.workspaceRoot);
    const agents = record_isRecord(context.config.agents) ? context.config.agents : {};
    const defaults = record_isRecord(agents.defaults) ? agent_workspace_nonBlank(agents.defaults.workspace) : undefined;
    if (defaults !== undefined)
        return external_node_path_namespaceObject.join(userPath(defaults), agentId);
    return external_node_path_namespaceObject.join(context.stateDir, `workspace-${agentId}`);
}
/**
 * The agent owning `~/.openclaw/workspace`: the retained `default: true` marker of the written
 * roster (when it counts), else one still in the loaded config, else the sole agent (`main` if none).
 */
function legacyDataOwner(context) {
    const retained = context.retainedLegacyDefault ? markedDefaults(context.rawConfig) : [];
    if (retained.length === 1)
        return retained[0];
    const marked = markedDefaults(context.config);
    if (marked.length === 1)
        return marked[0];
    const ids = new Set(configuredAgents(context.config).map((agent) => normalizeAgentId(agent.agentId)));
    if (ids.size === 0)
        return 'main';
    return ids.size === 1 ? [...ids][0] : undefined;
}
function markedDefaults(raw) {
    const agents = record_isRecord(raw.agents) ? raw.agents : {};
    if (agents.ownership === 'explicit')
        return [];
    const roster = Array.isArray(agents.list)
        ? agents.list.map((entry) => [record_isRecord(entry) ? stringOf(entry.id) : undefined, entry])
        : record_isRecord(agents.entries)
            ? Object.entries(agents.entries)
            : [];
    return roster
        .filter(([, entry]) => record_isRecord(entry) && entry.default === true)
        .map(([id]) => normalizeAgentId(id));
}
function stringOf(value) {
    return typeof value === 'string' ? value : undefined;
}
function agent_workspace_nonBlank(value) {
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./lib/workspace/openclaw-state.js
// Where OpenClaw 2026.9.6 keeps host state, and reading its exec approvals (SPEC-2026.9 §3.1): the
// state directory, the legacy-file refusal, and the `exec_approvals_config` row of the state
// database, opened read-only (OpenClaw would create the database; a checker must never write it).





const DATABASE = external_node_path_namespaceObject.join('state', 'openclaw.sqlite');
const TABLE_LOCATOR = 'state/openclaw.sqlite#exec_approvals_config';
const LEGACY_FILE = 'exec-approvals.json';
const DOCTOR_CLAIM_SUFFIX = '.doctor-importing';
/** OpenClaw's effective home: `OPENCLAW_HOME`, else `HOME`, else `USERPROFILE`, else the OS's. */
function openClawHome(env, osHome) {
    const osLevel = openclaw_state_nonBlank(env.HOME) ?? openclaw_state_nonBlank(env.USERPROFILE) ?? osHome;
    const explicit = openclaw_state_nonBlank(env.OPENCLAW_HOME);
    if (explicit === undefined)
        return external_node_path_namespaceObject.resolve(osLevel);
    return external_node_path_namespaceObject.resolve(explicit.replace(/^~(?=$|[\\/])/, () => osLevel));
}
/** `--state-dir` (relative to `cwd`), else `OPENCLAW_STATE_DIR`, else `~/.openclaw`. */
function stateDirectory(options) {
    const override = openclaw_state_nonBlank(options.flag) ?? openclaw_state_nonBlank(options.env.OPENCLAW_STATE_DIR);
    if (override === undefined)
        return { path: external_node_path_namespaceObject.join(options.home, '.openclaw'), overridden: false };
    const expanded = override.trim().replace(/^~(?=$|[\\/])/, () => options.home);
    return { path: external_node_path_namespaceObject.resolve(options.cwd, expanded), overridden: true };
}
/** The display locator of the row: `~/.openclaw/…` for the default directory, else absolute. */
function execApprovalsLocator(state) {
    return state.overridden ? external_node_path_namespaceObject.join(state.path, TABLE_LOCATOR) : DEFAULT_EXEC_APPROVALS_LOCATOR;
}
/**
 * Reads the row `config_key = 'current'` of `<state>/state/openclaw.sqlite`. A database (or table)
 * that does not exist means no row, as for OpenClaw, which would create both empty. Refuses, as
 * OpenClaw does, while a legacy `exec-approvals.json` awaits `openclaw doctor --fix`.
 */
async function readExecApprovalsRow(state) {
    await refuseLegacyExecApprovals(state);
    const locator = execApprovalsLocator(state);
    const database = external_node_path_namespaceObject.join(state.path, DATABASE);
    const kind = await fileKind(database);
    if (kind === 'missing')
        return { locator, raw: null };
    if (kind !== 'file')
        throw unreadableDatabase(database, 'it is not a regular file');
    return { locator, raw: await queryRow(database) };
}
/**
 * `--exec-approvals <file>`: the raw JSON document instead of the database (for CI, where no
 * OpenClaw state exists). Its locator is the default install's, so hashes match a default install.
 */
async function readExecApprovalsDocument(cwd, file) {
    const absolute = external_node_path_namespaceObject.resolve(cwd, file);
    // Named by the user, so trusted wherever it is (still size-capped, regular files only).
    const read = await readWorkspaceFile(external_node_path_namespaceObject.parse(absolute).root, absolute);
    if (read.kind === 'missing')
        throw new InputError(`${file} does not exist (--exec-approvals).`);
    if (read.kind === 'unreadable')
        throw new InputError(`${read.reason} (--exec-approvals).`);
    return { locator: DEFAULT_EXEC_APPROVALS_LOCATOR, raw: read.text };
}
async function refuseLegacyExecApprovals(state) {
    const legacy = external_node_path_namespaceObject.join(state.path, LEGACY_FILE);
    if (!(await mayExist(legacy)) && !(await mayExist(`${legacy}${DOCTOR_CLAIM_SUFFIX}`)))
        return;
    const fix = state.overridden
        ? `Run \`openclaw doctor --fix\` with OPENCLAW_STATE_DIR set to ${state.path}`
        : 'Run `openclaw doctor --fix`';
    throw new InputError(`Legacy exec approvals exist at ${legacy}. ${fix} before using exec approvals.`);
}
/** Like OpenClaw's probe: only "no such file" proves absence; any other answer may be a file. */
async function mayExist(file) {
    try {
        await (0,promises_namespaceObject.lstat)(file);
        return true;
    }
    catch (error) {
        const code = error.code;
        return code !== 'ENOENT' && code !== 'ENOTDIR';
    }
}
async function fileKind(file) {
    try {
        return (await (0,promises_namespaceObject.stat)(file)).isFile() ? 'file' : 'other';
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return 'missing';
        throw unreadableDatabase(file, error instanceof Error ? error.message : String(error));
    }
}
const ROW_QUERY = "SELECT raw_json FROM exec_approvals_config WHERE config_key = 'current'";
async function queryRow(database) {
    const sqlite = await loadSqlite();
    let db;
    try {
        // readOnly: never create, migrate or lock the file for writing; wait briefly for a writer.
        db = new sqlite.DatabaseSync(database, { readOnly: true, timeout: 2000 });
        const row = db.prepare(ROW_QUERY).get();
        return rawText(row?.raw_json);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        // A database without the table is one OpenClaw has not initialised: no row yet.
        if (/no such table: exec_approvals_config/.test(message))
            return null;
        throw unreadableDatabase(database, message);
    }
    finally {
        db?.close();
    }
}
async function loadSqlite() {
    try {
        return await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 99, 19));
    }
    catch {
        throw new InputError("reading OpenClaw's state database needs Node.js ≥ 22.5; pass --exec-approvals <file>");
    }
}
/** `raw_json` as OpenClaw hands it to the policy plugin: text, or no row when NULL. */
function rawText(value) {
    if (value === undefined || value === null)
        return null;
    if (typeof value === 'string')
        return value;
    if (value instanceof Uint8Array)
        return Buffer.from(value).toString('utf8');
    return String(value);
}
function unreadableDatabase(database, reason) {
    return new InputError(`${database}: OpenClaw's state database cannot be read (${reason}); stop or repair OpenClaw's state, or pass --exec-approvals <file>.`);
}
function openclaw_state_nonBlank(value) {
    return value !== undefined && value.trim() !== '' ? value.trim() : undefined;
}

;// CONCATENATED MODULE: ./lib/workspace/openclaw-host.js
// What a 2026.9.6 policy command reads besides the workspace: OpenClaw's config loader, the agent
// (SPEC-2026.9 §2.2 step 4), other agents' workspaces and the exec approvals of the state database.
// The CLI builds one from its flags and environment; tests build their own.






/** The host of a CLI run: flags, the environment and the disk. */
function diskHost(options) {
    const home = openClawHome(options.env, options.osHome);
    const stateDir = stateDirectory({ flag: options.stateDirFlag, cwd: options.cwd, env: options.env, home });
    const file = options.execApprovalsFile;
    return {
        surface: options.surface,
        agent: options.agent,
        workspaceRoot: external_node_path_namespaceObject.resolve(options.workspaceRoot),
        home,
        env: options.env,
        stateDir,
        readerFor: diskReader,
        readExecApprovals: () => file === undefined ? readExecApprovalsRow(stateDir) : readExecApprovalsDocument(options.cwd, file),
        warn: options.warn,
    };
}
/** The config as OpenClaw's loader hands it to the plugin, or the issues that make it unusable. */
function loadedConfigFor(written, host) {
    const env = Object.fromEntries(Object.entries(host.env).filter((entry) => typeof entry[1] === 'string'));
    const loaded = loadOpenClawConfig(written, { homeDir: host.home, env });
    if (!loaded.ok)
        return { ok: false, issues: loaded.problems };
    if (loaded.warnings.length > 0)
        host.warn(`[config] warnings: ${loaded.warnings.join('; ')}`);
    return { ok: true, config: loaded.config };
}
/** The agent the command evaluates and a reader of its workspace, or the release's refusal. */
function selectAgentWorkspace(host, written, config, workspaceReader) {
    const selected = selectPolicyAgent(config, host.agent, host.surface);
    if ('error' in selected)
        throw new InputError(selected.error);
    const dir = agentWorkspaceDir(selected.agentId, {
        rawConfig: written,
        config,
        retainedLegacyDefault: host.surface === 'policy compare',
        workspaceRoot: host.workspaceRoot,
        home: host.home,
        stateDir: host.stateDir.path,
    });
    return {
        agentId: selected.agentId,
        reader: dir === host.workspaceRoot ? workspaceReader : host.readerFor(dir),
        dir,
    };
}

;// CONCATENATED MODULE: ./lib/workspace/workspace-config.js





const CONFIG_CANDIDATES = ['openclaw.jsonc', 'openclaw.json'];
async function readWorkspaceConfig(reader, options) {
    const { profile } = options;
    const configRead = await readConfig(reader, options.config);
    let written = {};
    let configDoc;
    if (configRead.kind === 'text') {
        const file = reader.displayPath(configRead.path);
        const parsed = parseJsonDocument(configRead.text, file);
        if (!parsed.ok) {
            if (parsed.kind === 'too-deep')
                throw new InputError(parsed.error);
            return configInvalid([{ path: '', message: `JSON5 parse failed: SyntaxError: ${parsed.error}` }], file);
        }
        refuseDuplicateKeys(parsed, file);
        // OpenClaw's config schema rejects a root that is not an object with "Invalid input".
        if (!record_isRecord(parsed.value))
            return configInvalid([{ path: '', message: 'Invalid input' }], file);
        written = parsed.value;
        configDoc = { file, document: parsed };
    }
    let config = written;
    if (profile.loadedConfig) {
        const loaded = loadedConfigFor(written, requireHost(options.host));
        if (!loaded.ok)
            return configInvalid(loaded.issues, configDoc?.file ?? CONFIG_CANDIDATES[1]);
        config = loaded.config;
    }
    const agent = profile.agentSelection
        ? selectAgentWorkspace(requireHost(options.host), written, config, reader)
        : { agentId: undefined, reader, dir: undefined };
    return {
        kind: 'config',
        config,
        settings: pluginSettings(config),
        configDoc,
        agentId: agent.agentId,
        workspace: agent.reader,
        workspaceDir: agent.dir,
    };
}
function configInvalid(issues, configFile) {
    const [first] = issues;
    const error = first === undefined ? 'invalid' : first.path === '' ? first.message : `${first.path}: ${first.message}`;
    return { kind: 'config-invalid', issues, error, configFile };
}
function requireHost(host) {
    if (host === undefined)
        throw new Error('this release reads OpenClaw host state: pass the OpenClaw host');
    return host;
}
async function readConfig(reader, explicit) {
    if (explicit !== undefined) {
        const read = await reader.read(explicit);
        if (read.kind === 'unreadable')
            throw new InputError(read.reason);
        if (read.kind === 'missing')
            throw new InputError(`${explicit}: the OpenClaw config given with --config does not exist.`);
        return read;
    }
    const reads = await Promise.all(CONFIG_CANDIDATES.map((candidate) => reader.read(candidate)));
    const unreadable = reads.find((read) => read.kind === 'unreadable');
    if (unreadable?.kind === 'unreadable')
        throw new InputError(unreadable.reason);
    const present = reads.filter((read) => read.kind === 'text');
    // Two candidates side by side are ambiguous: a reviewer may read one while the agent loads the
    // other (a pull request can add the second one), so neither is chosen silently.
    if (present.length > 1)
        throw new InputError(`${present.map((read) => reader.displayPath(read.path)).join(' and ')} are both present, so which OpenClaw config applies is ambiguous: remove one, or name it with --config (the \`config\` input of the action).`);
    return present[0] ?? { kind: 'missing', path: CONFIG_CANDIDATES[1] };
}
/**
 * JSON5 keeps the last of two equal keys, so a reviewer could read one rule while another
 * applies. OpenClaw accepts that silently; we refuse the file and say where.
 */
function refuseDuplicateKeys(document, file) {
    const problem = duplicateKeyProblem(document, file);
    if (problem !== undefined)
        throw new InputError(problem);
}

;// CONCATENATED MODULE: ./lib/workspace/check-input.js







const TOOLS_FILE = 'TOOLS.md';
const AGENTS_FILE = 'AGENTS.md';
/**
 * Reads a workspace the way `openclaw policy check` of the profile's release does, refusing input
 * it cannot trust. Each step the releases differ in is decided by a profile field.
 */
async function loadCheckInputFrom(reader, options = {}) {
    const profile = options.profile ?? profileOf('2026.5.20');
    const read = await readWorkspaceConfig(reader, { config: options.config, profile, host: options.host });
    if (read.kind === 'config-invalid')
        return read;
    const { config, settings, configDoc, workspace } = read;
    const configuredPolicy = options.policy ?? settings.policyPath ?? DEFAULT_POLICY_PATH;
    const display = policyDisplayName(configuredPolicy);
    const name = { display, document: policyDocumentName(display) };
    let policy = { state: 'missing' };
    let policyDoc;
    // A policy path written in the config is data from the workspace (a pull request can change
    // it), so it must stay inside the workspace; one given with --policy is the user's own choice.
    const fromConfig = options.policy === undefined && settings.policyPath !== undefined;
    const policyRead = await workspace.read(configuredPolicy, {
        confineAbsolute: options.policy === undefined,
    });
    if (policyRead.kind === 'unreadable') {
        throw new InputError(fromConfig
            ? `${policyRead.reason} (plugins.entries.policy.config.path); pass --policy to use it anyway.`
            : policyRead.reason);
    }
    if (policyRead.kind === 'text') {
        const parsed = parseJsonDocument(policyRead.text, display);
        if (parsed.ok) {
            refuseDuplicateKeys(parsed, display);
            policy = { state: 'parsed', value: parsed.value };
            policyDoc = { file: workspace.displayPath(policyRead.path), document: parsed };
        }
        else if (parsed.kind === 'too-deep') {
            throw new InputError(parsed.error);
        }
        else {
            policy = { state: 'unparseable', error: parsed.error };
        }
    }
    const input = { name, policy, config, settings };
    const needs = profile.inputNeeds(policy, settings);
    // OpenClaw reads the exec approvals (step 9) before the tool documents (step 10).
    if (needs.execApprovals)
        input.execApprovals = await requireHost(options.host).readExecApprovals();
    if (needs.toolDocuments) {
        if (profile.toolsDocument === 'TOOLS.md')
            await readToolsFile(workspace, input);
        else
            await readAgentsFile(workspace, input);
    }
    return {
        kind: 'input',
        input,
        config: configDoc,
        policy: policyDoc,
        toolsFile: profile.toolsDocument,
        ...(read.agentId === undefined ? {} : { agentId: read.agentId }),
    };
}
/** 2026.5.20: TOOLS.md declares the governed tools. */
async function readToolsFile(workspace, input) {
    const tools = await workspace.read(TOOLS_FILE);
    if (tools.kind === 'unreadable')
        throw new InputError(tools.reason);
    input.toolsMarkdown = tools.kind === 'text' ? tools.text : '';
    const parsed = readToolsMarkdown(input.toolsMarkdown);
    refuseConflictingToolFields(parsed.conflicts);
    input.toolDeclarations = parsed.tools;
}
/** 2026.9.6: AGENTS.md's `## Tools` section declares them; any TOOLS.md awaits migration. */
async function readAgentsFile(workspace, input) {
    const [agents, legacyTools] = await Promise.all([workspace.read(AGENTS_FILE), workspace.read(TOOLS_FILE)]);
    if (agents.kind === 'unreadable')
        throw new InputError(agents.reason);
    if (legacyTools.kind === 'unreadable')
        throw new InputError(legacyTools.reason);
    input.agentsMarkdown = agents.kind === 'text' ? agents.text : '';
    input.legacyToolsFile = legacyTools.kind === 'text';
}
/** Like duplicate keys: a tool that says `risk:low` and `risk:critical` is refused, not half-read. */
function refuseConflictingToolFields(conflicts) {
    const conflict = conflicts[0];
    if (conflict === undefined)
        return;
    throw new InputError(`${TOOLS_FILE}:${conflict.line}: tool '${conflict.toolId}' declares ${conflict.field} more than once (${conflict.values.join(', ')}); OpenClaw would silently use the first, so keep one.`);
}

;// CONCATENATED MODULE: ./lib/runtime/load-runtime-input.js





/**
 * Reads a workspace for the runtime gate: what `check` reads (the same loader, profile and host,
 * so the hashes are the ones `check` and `accept` print), plus the release's tool document even
 * when the policy requires no metadata (risk and capabilities still decide approvals). Never
 * rejects: input the loader refuses, and any unexpected failure, become `unreadable`, which
 * blocks every call.
 */
async function loadRuntimeInput(reader, options = {}) {
    try {
        const profile = options.profile ?? profileOf('2026.5.20');
        if (profile.toolsDocument === 'AGENTS.md')
            return await loadCurrentInput(reader, { ...options, profile });
        const loaded = await loadCheckInputFrom(reader, { config: options.config, policy: options.policy });
        if (loaded.kind === 'config-invalid')
            return { kind: 'config-invalid', error: loaded.error, configFile: loaded.configFile };
        const { toolsMarkdown: loadedText, toolDeclarations: loadedTools } = loaded.input;
        if (loadedText !== undefined && loadedTools !== undefined)
            return { kind: 'input', input: loaded.input, toolsMarkdown: loadedText, toolDeclarations: loadedTools };
        const tools = await reader.read(TOOLS_FILE);
        if (tools.kind === 'unreadable')
            return { kind: 'unreadable', reason: tools.reason };
        const toolsMarkdown = tools.kind === 'text' ? tools.text : '';
        const parsed = readToolsMarkdown(toolsMarkdown);
        // A tool declaring two risks would be decided by the first: refuse it (every call blocks).
        refuseConflictingToolFields(parsed.conflicts);
        return { kind: 'input', input: loaded.input, toolsMarkdown, toolDeclarations: parsed.tools };
    }
    catch (error) {
        if (error instanceof InputError)
            return { kind: 'unreadable', reason: error.message };
        return {
            kind: 'unreadable',
            reason: `internal error: ${error instanceof Error ? error.message : String(error)}`,
        };
    }
}
/**
 * 2026.9.6: the loader of `check` with the tool documents read always. The release's evaluator
 * decides from the policy alone whether it looks at them, so reading them changes no hash. The
 * loader keeps only whether TOOLS.md exists; its text is taken from the read as it passes.
 */
async function loadCurrentInput(reader, options) {
    const { profile, host } = options;
    let legacyToolsMarkdown;
    const noticing = (inner) => ({
        describe: inner.describe,
        displayPath: (filePath) => inner.displayPath(filePath),
        async read(filePath, readOptions) {
            const result = await inner.read(filePath, readOptions);
            if (filePath === TOOLS_FILE && result.kind === 'text')
                legacyToolsMarkdown = result.text;
            return result;
        },
    });
    const loaded = await loadCheckInputFrom(noticing(reader), {
        config: options.config,
        policy: options.policy,
        profile: {
            ...profile,
            inputNeeds: (policy, settings) => ({ ...profile.inputNeeds(policy, settings), toolDocuments: true }),
        },
        host: host === undefined ? undefined : { ...host, readerFor: (dir) => noticing(host.readerFor(dir)) },
    });
    if (loaded.kind === 'config-invalid')
        return { kind: 'config-invalid', error: loaded.error, configFile: loaded.configFile };
    const agentsMarkdown = loaded.input.agentsMarkdown ?? '';
    return {
        kind: 'input',
        input: loaded.input,
        toolsMarkdown: agentsMarkdown,
        toolDeclarations: scanAgentsMarkdownTools(agentsMarkdown),
        profile,
        ...(loaded.agentId === undefined ? {} : { agentId: loaded.agentId }),
        ...(loaded.input.legacyToolsFile === true && legacyToolsMarkdown !== undefined
            ? { legacyToolsMarkdown }
            : {}),
    };
}

;// CONCATENATED MODULE: ./lib/runtime/workspace-files.js





/**
 * Reads the workspace once, recording every file the loader looked at (the config candidates it
 * tried, the policy the config names, TOOLS.md or AGENTS.md, another agent's workspace, the
 * exec-approvals document) and the accepted attestation file. Those paths are what the sidecar
 * then watches and fingerprints.
 */
async function readWorkspacePass(source) {
    const contents = new Map();
    const polled = new Map();
    const disk = diskReader(source.root);
    const recording = (inner, root) => ({
        describe: inner.describe,
        displayPath: (filePath) => inner.displayPath(filePath),
        async read(filePath, options) {
            const result = await inner.read(filePath, options);
            contents.set(external_node_path_namespaceObject.resolve(root, filePath), contentOf(result));
            return result;
        },
    });
    const reader = recording({ ...disk, read: (filePath, options) => source.readFile(source.root, filePath, options) }, source.root);
    const { host } = source;
    const input = await loadRuntimeInput(reader, {
        config: source.config,
        policy: source.policy,
        ...(source.profile === undefined ? {} : { profile: source.profile }),
        ...(host === undefined
            ? {}
            : {
                host: {
                    ...host,
                    readerFor: (dir) => recording(host.readerFor(dir), dir),
                    readExecApprovals: () => recordedExecApprovals(source, host, contents, polled),
                },
            }),
    });
    const acceptedRead = await source.readFile(source.root, source.acceptedFile);
    contents.set(source.acceptedFile, contentOf(acceptedRead));
    return {
        input,
        accepted: acceptedAttestationFrom(acceptedRead, disk.displayPath(source.acceptedFile)),
        contents,
        polled,
    };
}
/**
 * The host's exec approvals, recorded: the `--exec-approvals` document as a watched file; the
 * state database's row as a polled input, with the legacy files whose appearance refuses it
 * (SPEC-2026.9 §3.1) watched.
 */
async function recordedExecApprovals(source, host, contents, polled) {
    const key = source.execApprovalsFile ?? stateDatabaseKey(host);
    if (source.execApprovalsFile === undefined) {
        const legacy = external_node_path_namespaceObject.join(host.stateDir.path, 'exec-approvals.json');
        for (const file of [legacy, `${legacy}.doctor-importing`])
            contents.set(file, 'watched');
    }
    try {
        const row = await host.readExecApprovals();
        contents.set(key, rowContent(row));
        if (source.execApprovalsFile === undefined)
            polled.set(key, rowContent(row));
        return row;
    }
    catch (error) {
        const failed = `unreadable\0${error instanceof Error ? error.message : String(error)}`;
        contents.set(key, failed);
        if (source.execApprovalsFile === undefined)
            polled.set(key, failed);
        throw error;
    }
}
/** What `readPolledInputs` compares: the database's path stands for its exec-approvals row. */
function stateDatabaseKey(host) {
    return external_node_path_namespaceObject.join(host.stateDir.path, 'state', 'openclaw.sqlite#exec_approvals_config');
}
function rowContent(row) {
    return `row\0${row.locator}\0${row.raw === null ? 'null' : `text\0${row.raw}`}`;
}
/** The polled inputs as they are now (the keys a pass recorded in `polled`). */
async function readPolledInputs(source, keys) {
    const now = new Map();
    const { host } = source;
    for (const key of keys) {
        if (host === undefined || key !== stateDatabaseKey(host))
            continue;
        try {
            now.set(key, rowContent(await host.readExecApprovals()));
        }
        catch (error) {
            now.set(key, `unreadable\0${error instanceof Error ? error.message : String(error)}`);
        }
    }
    return now;
}
function contentOf(result) {
    switch (result.kind) {
        case 'missing':
            return 'missing';
        case 'unreadable':
            return `unreadable\0${result.reason}`;
        case 'text':
            return `text\0${result.text}`;
    }
}
/**
 * Device, inode, size, and modification and change times (sub-millisecond on current Linux file
 * systems). An atomic rename changes the inode; an in-place rewrite changes the times and usually
 * the size. A same-size rewrite within one timestamp tick is the one change this cannot see,
 * which is why the sidecar also listens to fs.watch.
 */
function statFingerprint(absolutePath) {
    try {
        const stats = (0,external_node_fs_namespaceObject.statSync)(absolutePath, { throwIfNoEntry: false });
        if (stats === undefined)
            return 'missing';
        return `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}`;
    }
    catch (error) {
        return `error:${error?.code ?? String(error)}`;
    }
}
/** Whether a pass looks like it caught a file mid-write (worth re-reading before deciding from it). */
function looksHalfWritten(pass) {
    const { input } = pass;
    if (input.kind !== 'input')
        return true;
    return input.input.policy.state === 'unparseable' || pass.accepted.state === 'invalid';
}

;// CONCATENATED MODULE: ./lib/runtime/reason-codes.js

/** `oc://` addresses of the requirements a decision cites as its `ruleId`. */
const RULE_ADDRESS = {
    runtimeToolPolicy: configAddress('plugins', 'entries', 'policy', 'config', 'runtimeToolPolicy'),
    /** 2026.9.6: the plugin entry whose enablement switches the gate on (no `runtimeToolPolicy`). */
    policyPlugin: configAddress('plugins', 'entries', 'policy'),
    /** 2026.9.6: a TOOLS.md with tool declarations while no metadata is required (no policy rule). */
    legacyTools: 'oc://TOOLS.md/tools',
    expectedHash: configAddress('plugins', 'entries', 'policy', 'config', 'expectedHash'),
    expectedAttestationHash: configAddress('plugins', 'entries', 'policy', 'config', 'expectedAttestationHash'),
    config: 'oc://openclaw.config',
    acceptedAttestation: 'oc://policy/attestation/accepted',
    workspace: 'oc://policy/workspace',
    runtime: 'oc://policy/runtime',
    /** Sidecar: a request that could not be evaluated. */
    request: 'oc://policy/runtime/request',
};

;// CONCATENATED MODULE: ./lib/runtime/accepted-declarations.js
// The tool declarations the sidecar holds as accepted. The accepted attestation hashes the tool
// declarations only when the policy requires tool metadata; without that requirement a lowered
// risk (`deploy risk:critical` → `risk:low`) changes decisions but not the attestation. The
// attestation file is OpenClaw's format and carries no more than it hashes, so the sidecar takes
// the declarations it reads together with each content of the accepted file as the accepted ones:
// at start-up, and again when a different accepted attestation is written (`policy-gate accept`
// after a change it records). Any other change to them is stale until then, or until a restart.
// Pure.



/**
 * What decisions take from the tool documents: every declaration without its line (an edit above
 * it is no change), in order, and for 2026.9.6 the declarations of a TOOLS.md left in the agent's
 * workspace. Undefined when the workspace could not be read.
 */
function toolDeclarationsFingerprint(input) {
    if (input.kind !== 'input')
        return undefined;
    const withoutLines = (tools) => tools.map(({ line: _line, ...tool }) => tool);
    const legacy = input.legacyToolsMarkdown === undefined ? [] : parseToolsMarkdown(input.legacyToolsMarkdown);
    const text = JSON.stringify({ tools: withoutLines(input.toolDeclarations), legacy: withoutLines(legacy) });
    return sha256(text);
}
function sha256(text) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(text).digest('hex');
}
/** The accepted declarations, re-taken when the accepted file's content changes. */
class DeclarationsPin {
    pinned;
    /**
     * The accepted declarations' fingerprint, for a settled read that saw `acceptedContent` in the
     * accepted file and the given declarations (undefined: unreadable, taken at the next read).
     */
    accepted(acceptedContent, declarations) {
        const accepted = sha256(acceptedContent);
        if (this.pinned?.accepted !== accepted || this.pinned.declarations === undefined)
            this.pinned = { accepted, declarations };
        return this.pinned.declarations;
    }
}
function declarationsChangedReason(input, acceptedPath) {
    const document = input.kind === 'input' ? (input.profile?.toolsDocument ?? 'TOOLS.md') : 'TOOLS.md';
    return `The tool declarations in ${document} changed after the sidecar read them with the accepted attestation (${acceptedPath}), which does not cover them (the policy requires no tool metadata): every tool call is denied until they are restored, or reviewed and taken up by restarting the sidecar.`;
}
/** The same tier as a stale attestation: only an invalid accepted file or a stale attestation go first. */
function declarationsChangedDecision(decision, reason) {
    if (decision.code === 'accepted_attestation_invalid' || decision.code === 'attestation_stale')
        return decision;
    const denied = {
        ...decision,
        action: 'deny',
        allowed: false,
        code: 'attestation_stale',
        reason,
        ruleId: RULE_ADDRESS.acceptedAttestation,
    };
    // An approval request only accompanies the action that asks for one.
    delete denied.approval;
    return denied;
}
function declarationsChangedReadiness(readiness, reason) {
    if (!readiness.ready)
        return readiness;
    return { ...readiness, ready: false, code: 'attestation_stale', reason };
}

;// CONCATENATED MODULE: ./lib/runtime/settle-workspace.js
// The half-written-file rule. A pass is trusted only when two consecutive passes read the same
// bytes from the same files and every file's fingerprint is unchanged between the end of one
// pass and the end of the next. A settled pass that still looks half-written (a parse error, an
// unreadable or unverifiable file) is re-read until the grace deadline; after it, it is used as
// read (so a policy that is really broken blocks, instead of being waited on forever). If the
// passes never agree before the deadline, the result is `unsettled` and the sidecar denies.

async function readSettledWorkspace(deps, options) {
    let previous;
    for (;;) {
        const pass = await deps.readPass();
        const fingerprints = fingerprintsOf(pass, deps.fingerprint);
        const agrees = previous !== undefined &&
            sameEntries(previous.pass.contents, pass.contents) &&
            sameEntries(previous.fingerprints, fingerprints);
        const late = deps.now() >= options.deadline;
        if (agrees && (late || !looksHalfWritten(pass)))
            return { kind: 'settled', pass, fingerprints };
        if (late && previous !== undefined) {
            return { kind: 'unsettled', reason: 'the workspace files kept changing between reads' };
        }
        previous = { pass, fingerprints };
        await deps.delay(options.retryDelayMs);
    }
}
/** Every file read, but the polled inputs (no file of theirs tells when they change). */
function fingerprintsOf(pass, fingerprint) {
    const out = new Map();
    for (const file of pass.contents.keys())
        if (!pass.polled?.has(file))
            out.set(file, fingerprint(file));
    return out;
}
function sameEntries(a, b) {
    if (a.size !== b.size)
        return false;
    for (const [key, value] of a)
        if (b.get(key) !== value)
            return false;
    return true;
}

;// CONCATENATED MODULE: ./lib/runtime/posture-rules.js










/** The exec tools: what `tools.exec`, `tools.elevated` and the exec approvals govern. */
const EXEC_TOOLS = ['exec', 'process'];
const FS_TOOLS = expandToolGroups(['group:fs']);
/** The tools that run inside the sandbox's containers. */
const SANDBOXED_TOOLS = [...EXEC_TOOLS, ...FS_TOOLS, 'browser'];
const EVERY_TOOL = { kind: 'every-tool' };
const EXEC = { kind: 'tools', tools: EXEC_TOOLS };
const SANDBOXED = { kind: 'tools', tools: SANDBOXED_TOOLS };
const REQUIRED_TOOL = { kind: 'named', marker: "does not deny required tool '" };
/**
 * The findings that bear on calls. Not here, because they only make the agent stricter than the
 * policy expects: `tools-also-allow-missing`, `exec-approvals-allowlist-missing`.
 */
const BEARINGS = {
    'policy/agents-workspace-access-denied': {
        code: 'agents_workspace_access_denied',
        family: 'agentWorkspace',
        bearing: { kind: 'tools', tools: WORKSPACE_TOOLS },
    },
    'policy/agents-tool-not-denied': {
        code: 'agents_tool_not_denied',
        family: 'agentWorkspace',
        bearing: REQUIRED_TOOL,
    },
    'policy/tools-profile-unapproved': {
        code: 'tools_profile_unapproved',
        family: 'toolPosture',
        bearing: EVERY_TOOL,
    },
    'policy/tools-fs-workspace-only-required': {
        code: 'tools_fs_workspace_only_required',
        family: 'toolPosture',
        bearing: { kind: 'tools', tools: FS_TOOLS },
    },
    'policy/tools-exec-security-unapproved': {
        code: 'tools_exec_security_unapproved',
        family: 'toolPosture',
        bearing: EXEC,
    },
    'policy/tools-exec-ask-unapproved': {
        code: 'tools_exec_ask_unapproved',
        family: 'toolPosture',
        bearing: EXEC,
        outcome: 'require-approval',
    },
    'policy/tools-exec-host-unapproved': {
        code: 'tools_exec_host_unapproved',
        family: 'toolPosture',
        bearing: EXEC,
    },
    'policy/tools-elevated-enabled': { code: 'tools_elevated_enabled', family: 'toolPosture', bearing: EXEC },
    'policy/tools-also-allow-unexpected': {
        code: 'tools_also_allow_unexpected',
        family: 'toolPosture',
        bearing: { kind: 'named', marker: "has unexpected tools.alsoAllow entry '" },
    },
    'policy/tools-required-deny-missing': {
        code: 'tools_required_deny_missing',
        family: 'toolPosture',
        bearing: REQUIRED_TOOL,
    },
    'policy/sandbox-mode-unapproved': {
        code: 'sandbox_mode_unapproved',
        family: 'sandboxPosture',
        bearing: EVERY_TOOL,
    },
    'policy/sandbox-backend-unapproved': {
        code: 'sandbox_backend_unapproved',
        family: 'sandboxPosture',
        bearing: EVERY_TOOL,
    },
    'policy/sandbox-container-posture-unobservable': {
        code: 'sandbox_container_posture_unobservable',
        family: 'sandboxPosture',
        bearing: SANDBOXED,
    },
    'policy/sandbox-container-host-network-denied': {
        code: 'sandbox_container_host_network_denied',
        family: 'sandboxPosture',
        bearing: SANDBOXED,
    },
    'policy/sandbox-container-namespace-join-denied': {
        code: 'sandbox_container_namespace_join_denied',
        family: 'sandboxPosture',
        bearing: SANDBOXED,
    },
    'policy/sandbox-container-mount-mode-required': {
        code: 'sandbox_container_mount_mode_required',
        family: 'sandboxPosture',
        bearing: SANDBOXED,
    },
    'policy/sandbox-container-runtime-socket-mount': {
        code: 'sandbox_container_runtime_socket_mount',
        family: 'sandboxPosture',
        bearing: SANDBOXED,
    },
    'policy/sandbox-container-unconfined-profile': {
        code: 'sandbox_container_unconfined_profile',
        family: 'sandboxPosture',
        bearing: SANDBOXED,
    },
    'policy/sandbox-browser-cdp-source-range-missing': {
        code: 'sandbox_browser_cdp_source_range_missing',
        family: 'sandboxPosture',
        bearing: { kind: 'tools', tools: ['browser'] },
    },
    'policy/exec-approvals-missing': { code: 'exec_approvals_missing', family: 'execApprovals', bearing: EXEC },
    'policy/exec-approvals-invalid': { code: 'exec_approvals_invalid', family: 'execApprovals', bearing: EXEC },
    'policy/exec-approvals-default-security-unapproved': {
        code: 'exec_approvals_default_security_unapproved',
        family: 'execApprovals',
        bearing: EXEC,
    },
    'policy/exec-approvals-agent-security-unapproved': {
        code: 'exec_approvals_agent_security_unapproved',
        family: 'execApprovals',
        bearing: EXEC,
    },
    'policy/exec-approvals-auto-allow-skills-enabled': {
        code: 'exec_approvals_auto_allow_skills_enabled',
        family: 'execApprovals',
        bearing: EXEC,
    },
    'policy/exec-approvals-allowlist-unexpected': {
        code: 'exec_approvals_allowlist_unexpected',
        family: 'execApprovals',
        bearing: EXEC,
    },
};
/** The policy sections whose rules can bear on a call, top level or inside an agent scope. */
const SECTIONS = ['agents/workspace', 'tools', 'sandbox', 'execApprovals'];
/**
 * The agent's deny list first (OpenClaw would not run such a tool at all), then every bearing
 * finding in the check's order. Pure.
 */
function postureRules(subject) {
    const rules = [];
    const deny = configDenyRule(subject);
    if (deny !== undefined)
        rules.push(deny);
    const applies = ruleAppliesToAgent(subject);
    const describes = agentEntryMatchers(subject.check.evidence, subject.agentId);
    for (const finding of subject.check.attestedFindings) {
        const bearing = Object.hasOwn(BEARINGS, finding.checkId)
            ? BEARINGS[finding.checkId]
            : undefined;
        if (bearing === undefined || !applies(finding.requirement) || !describes[bearing.family](finding))
            continue;
        rules.push({
            code: bearing.code,
            outcome: bearing.outcome ?? 'block',
            why: finding.fixHint === undefined ? finding.message : `${finding.message} ${finding.fixHint}`,
            ruleId: finding.requirement,
            bearsOn: bearsOn(bearing.bearing, finding.message),
        });
    }
    return rules;
}
/** `tools.deny`, global and the agent's own, as OpenClaw's matcher reads them (groups, globs, aliases). */
function configDenyRule({ config, agentId }) {
    const lists = scanToolPosture(config).filter((entry) => entry.kind === 'deny');
    const deny = lists.find((entry) => scopedAgentIdMatches(entry.agentId, agentId)) ??
        lists.find((entry) => entry.scope === 'global');
    if (deny === undefined || deny.entries.length === 0)
        return undefined;
    return {
        code: 'tool_denied_by_config',
        outcome: 'block',
        why: `the OpenClaw config denies it for agent '${agentId}' (${deny.source}: ${deny.entries.join(', ')}).`,
        ruleId: deny.source,
        bearsOn: toolDenyMatcher(deny.entries),
    };
}
/** Whether a requirement is a rule of a top-level section, or of a scope naming the agent. */
function ruleAppliesToAgent({ policy, name, agentId }) {
    const locations = [
        ...SECTIONS.map((section) => topLevelRules(name, section)),
        ...agentScopeTargets(policy)
            .filter((target) => target.agentId === agentId)
            .flatMap((target) => SECTIONS.map((section) => scopedRules(name, target.scopeName, section))),
    ];
    const prefixes = locations.map(sectionRequirement);
    return (requirement) => requirement !== undefined &&
        prefixes.some((prefix) => requirement === prefix || requirement.startsWith(`${prefix}/`));
}
/** Per family: whether a finding judges one of the entries that describe the agent. */
function agentEntryMatchers(evidence, agentId) {
    const judged = (entries, label, sources = (entry) => [entry.source]) => {
        return (finding) => entries.some((entry) => finding.target !== undefined &&
            sources(entry).includes(finding.target) &&
            finding.message.startsWith(`${label(entry)} `));
    };
    const toolPosture = listOf(evidence.toolPosture);
    const agentWorkspace = listOf(evidence.agentWorkspace);
    const sandbox = listOf(evidence.sandboxPosture);
    const execApprovals = listOf(evidence.execApprovals).filter((entry) => entry.kind === 'defaults' || entry.agentId === '*' || scopedAgentIdMatches(entry.agentId, agentId));
    return {
        toolPosture: judged(agentScopeEntries(toolPosture, agentId, (entry) => entry.scope === 'global'), (entry) => ownerLabel(entry, 'global tools config')),
        agentWorkspace: judged(agentScopeEntries(agentWorkspace, agentId, (entry) => entry.scope === 'defaults'), (entry) => ownerLabel(entry, 'agents.defaults'), (entry) => entry.kind === 'workspaceAccess' ? [entry.source, entry.sandboxModeSource] : [entry.source]),
        sandboxPosture: judged(scopedSandboxEntries(sandbox, agentId), sandboxLabel),
        // Exec-approval sources are unique per entry; the row's own address stands for the row itself.
        execApprovals: (finding) => finding.target === EXEC_APPROVALS_URI || execApprovals.some((entry) => entry.source === finding.target),
    };
}
function listOf(value) {
    return Array.isArray(value) ? value : [];
}
function bearsOn(bearing, message) {
    switch (bearing.kind) {
        case 'every-tool':
            return () => true;
        case 'tools': {
            const tools = new Set(bearing.tools);
            return (tool) => tools.has(normalizeToolPolicyName(tool));
        }
        case 'named': {
            const named = namedTool(message, bearing.marker);
            // A message the runtime cannot read names no tool it could exempt: every tool.
            if (named === undefined)
                return () => true;
            return (tool) => toolListDenies([named], tool);
        }
    }
}
/** The text between `marker` and the closing `'.` at the end of the message. */
function namedTool(message, marker) {
    const at = message.lastIndexOf(marker);
    if (at < 0 || !message.endsWith("'."))
        return undefined;
    return message.slice(at + marker.length, -2);
}

;// CONCATENATED MODULE: ./lib/runtime/runtime-policy-shape.js





const SUPPORTED_METADATA = ['risk', 'sensitivity', 'owner'];
/**
 * Why a parsed policy is too malformed to govern tool calls, or undefined. OpenClaw's runtime
 * checks come first, with its texts; then any other `policy/policy-jsonc-invalid` problem the
 * engine reports (SPEC.md §2.1), worded the same way. Two deliberate differences from OpenClaw's
 * runtime, both failing closed: an array is never accepted where an object is required (OpenClaw's
 * runtime lets `tools: []` through), and every shape problem the check reports blocks, not only
 * those in the tools and channels sections.
 */
function runtimePolicyShapeProblem(policy, name) {
    return openClawRuntimeProblem(policy, name) ?? engineShapeProblem(policy, name);
}
function openClawRuntimeProblem(policy, name) {
    const problem = (text, ...segments) => ({
        message: `Policy tool runtime is enabled, but ${name.display} ${text}`,
        target: policyAddress(name.document, ...segments),
    });
    if (!record_isRecord(policy))
        return problem('does not contain an object.');
    const { tools, channels } = policy;
    if (tools !== undefined && !record_isRecord(tools))
        return problem('has an invalid tools section.', 'tools');
    if (record_isRecord(tools)) {
        const required = tools.requireMetadata;
        if (required !== undefined && !isStringArray(required)) {
            return problem('has an invalid tools.requireMetadata section.', 'tools', 'requireMetadata');
        }
        const unsupported = (required ?? []).findIndex((entry) => {
            const key = entry.trim().toLowerCase();
            return key !== '' && !SUPPORTED_METADATA.includes(key);
        });
        if (required !== undefined && unsupported >= 0) {
            const entry = required[unsupported].trim().toLowerCase();
            return problem(`has unsupported tools.requireMetadata '${entry}'.`, 'tools', 'requireMetadata', `#${unsupported}`);
        }
        if (tools.settings !== undefined && !record_isRecord(tools.settings))
            return problem('has an invalid tools.settings section.', 'tools', 'settings');
        if (tools.entries !== undefined && !Array.isArray(tools.entries))
            return problem('has an invalid tools.entries section.', 'tools', 'entries');
    }
    if (channels !== undefined && !record_isRecord(channels))
        return problem('has an invalid channels section.', 'channels');
    if (record_isRecord(channels) && channels.denyRules !== undefined && !Array.isArray(channels.denyRules)) {
        return problem('has an invalid channels.denyRules section.', 'channels', 'denyRules');
    }
    return undefined;
}
/** The engine's own shape findings (containers, deny rules, requireMetadata entries). */
function engineShapeProblem(policy, name) {
    const container = containerShapeFinding(policy, POLICY_CONTAINERS, name);
    const evidence = { channels: [], mcpServers: [], modelProviders: [], modelRefs: [], network: [] };
    const invalid = container ??
        (record_isRecord(policy)
            ? RULE_FAMILIES.flatMap((family) => family.findings({ policy, name, evidence }))
            : []).find((finding) => finding.checkId === POLICY_INVALID);
    if (invalid === undefined)
        return undefined;
    return {
        message: `Policy tool runtime is enabled, but ${invalid.message}`,
        target: invalid.target ?? policyAddress(name.document),
    };
}
function isStringArray(value) {
    return Array.isArray(value) && value.every((entry) => typeof entry === 'string');
}

;// CONCATENATED MODULE: ./lib/runtime/runtime-switch.js

/** Undefined when the gate is on, else why it is off (one sentence). */
function runtimeGateOffReason(config, switchedOnBy = 'runtimeToolPolicy') {
    const entry = valueAtPath(config, ['plugins', 'entries', 'policy']);
    if (!record_isRecord(entry))
        return 'Policy tool runtime is off: the OpenClaw config has no plugins.entries.policy entry.';
    const settings = record_isRecord(entry.config) ? entry.config : {};
    if (entry.enabled === false || settings.enabled === false)
        return 'Policy tool runtime is off: the policy plugin is disabled.';
    if (entry.enabled !== true && settings.enabled !== true)
        return 'Policy tool runtime is off: the policy plugin is not enabled.';
    if (switchedOnBy === 'runtimeToolPolicy' && settings.runtimeToolPolicy !== true) {
        return 'Policy tool runtime is off: plugins.entries.policy.config.runtimeToolPolicy is not true.';
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/runtime/prepare-workspace.js











const UNKNOWN_POLICY_ID = 'oc://policy';
/** Evaluates a workspace for the runtime gate. Pure; never throws (failures block every call). */
function prepare_workspace_prepareRuntimeWorkspace(source) {
    try {
        return prepare(source);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return {
            kind: 'unusable',
            policyId: UNKNOWN_POLICY_ID,
            block: {
                code: 'decision_error',
                reason: `Policy tool runtime failed closed: ${message}`,
                ruleId: RULE_ADDRESS.runtime,
            },
        };
    }
}
function prepare(source) {
    if (source.kind === 'unreadable') {
        return {
            kind: 'unusable',
            policyId: UNKNOWN_POLICY_ID,
            block: {
                code: 'workspace_unreadable',
                reason: `Policy tool runtime cannot read the workspace: ${source.reason}`,
                ruleId: RULE_ADDRESS.workspace,
            },
        };
    }
    if (source.kind === 'config-invalid') {
        return {
            kind: 'unusable',
            policyId: UNKNOWN_POLICY_ID,
            block: {
                code: 'config_invalid',
                reason: `Policy tool runtime cannot use ${source.configFile}: ${source.error}`,
                ruleId: RULE_ADDRESS.config,
            },
        };
    }
    const { input } = source;
    const { name, settings } = input;
    const profile = source.profile ?? profileOf('2026.5.20');
    const check = profile.evaluate(input);
    const policyValue = input.policy.state === 'parsed' ? input.policy.value : undefined;
    const policy = { path: name.display };
    if (check.policyHash !== undefined)
        policy.hash = check.policyHash;
    if (settings.expectedHash !== undefined)
        policy.expectedHash = settings.expectedHash;
    const attestation = { hash: check.attestationHash };
    if (settings.expectedAttestationHash !== undefined)
        attestation.expectedHash = settings.expectedAttestationHash;
    const { switchedOnBy, postureDecisions } = profile.runtimeGate;
    const agentId = source.agentId;
    return {
        kind: 'ready',
        name,
        policyId: policyAddress(name.document),
        offReason: runtimeGateOffReason(input.config, switchedOnBy),
        check,
        block: workspaceBlock(source, check, profile),
        toolsDocument: profile.toolsDocument,
        gateRule: switchedOnBy === 'runtimeToolPolicy' ? RULE_ADDRESS.runtimeToolPolicy : RULE_ADDRESS.policyPlugin,
        agentId,
        required: requiredKeys(policyValue, profile),
        tools: toolsById(source.toolDeclarations, profile.toolsDocument),
        posture: postureDecisions && agentId !== undefined && policyValue !== undefined
            ? postureRules({ check, policy: policyValue, name, config: input.config, agentId })
            : [],
        metadata: {
            source: 'policy',
            policy,
            workspace: { scope: 'policy', hash: check.evidenceHash },
            attestation,
        },
    };
}
/** The metadata keys the policy requires, as the release reads `tools.requireMetadata`. */
function requiredKeys(policyValue, profile) {
    if (profile.toolsDocument === 'AGENTS.md')
        return requiredToolMetadata(policyValue);
    return record_isRecord(policyValue) ? (requiredMetadata(policyValue) ?? new Set()) : new Set();
}
/** SPEC.md §6, in order: missing, unparseable, malformed, `expectedHash`, `expectedAttestationHash`. */
function workspaceBlock(source, check, profile) {
    const { name, policy, settings } = source.input;
    const document = policyAddress(name.document);
    if (policy.state === 'missing') {
        return {
            code: 'policy_missing',
            reason: `Policy tool runtime is enabled, but ${name.display} is missing.`,
            ruleId: document,
        };
    }
    if (policy.state === 'unparseable') {
        return {
            code: 'policy_unparseable',
            reason: `Policy tool runtime is enabled, but ${name.display} could not be parsed.`,
            ruleId: document,
        };
    }
    // A strict release reports every shape problem as a check finding; the lenient one has its own runtime shape rules.
    const shape = profile.strictPolicyShape
        ? checkShapeProblem(check, name)
        : runtimePolicyShapeProblem(policy.value, name);
    if (shape !== undefined)
        return { code: 'policy_malformed', reason: shape.message, ruleId: shape.target };
    if (profile.toolsDocument === 'AGENTS.md') {
        const migration = migrationBlock(source, check);
        if (migration !== undefined)
            return migration;
    }
    if (settings.expectedHash !== undefined && settings.expectedHash !== check.policyHash) {
        return {
            code: 'policy_hash_mismatch',
            reason: `${name.display} does not match the configured policy hash.`,
            ruleId: RULE_ADDRESS.expectedHash,
        };
    }
    const expected = settings.expectedAttestationHash;
    if (expected !== undefined && expected !== check.attestationHash) {
        return {
            code: 'attestation_hash_mismatch',
            reason: `${name.display} no longer matches the accepted policy attestation: current ${check.attestationHash}, expected ${expected}.`,
            ruleId: RULE_ADDRESS.expectedAttestationHash,
        };
    }
    return undefined;
}
/**
 * 2026.9.6 has no runtime checks of its own: a policy is malformed exactly when its check reports
 * a `policy/policy-jsonc-invalid` finding, worded as the 2026.5.20 runtime words its problems.
 */
function checkShapeProblem(check, name) {
    const invalid = check.attestedFindings.find((finding) => finding.checkId === POLICY_INVALID);
    if (invalid === undefined)
        return undefined;
    return {
        message: `Policy tool runtime is enabled, but ${invalid.message}`,
        target: invalid.target ?? policyAddress(name.document),
    };
}
/**
 * 2026.9.6 reads tools from AGENTS.md only. A TOOLS.md left in the agent's workspace blocks every
 * call when the check says so (metadata required), and also when it still declares tools: deciding
 * from AGENTS.md then would silently drop those declarations (a critical tool would run unasked).
 */
function migrationBlock(source, check) {
    const finding = check.attestedFindings.find((f) => f.checkId === TOOLS_MD_MIGRATION_REQUIRED);
    if (finding !== undefined) {
        return {
            code: 'tools_md_migration_required',
            reason: `${finding.message} Every tool call is blocked until then.`,
            ruleId: finding.requirement ?? RULE_ADDRESS.legacyTools,
        };
    }
    const legacy = source.legacyToolsMarkdown;
    const declared = legacy === undefined ? [] : parseToolsMarkdown(legacy);
    if (declared.length === 0)
        return undefined;
    const ids = [...new Set(declared.map((tool) => `'${tool.id}'`))].join(', ');
    return {
        code: 'tools_md_migration_required',
        reason: `TOOLS.md still declares governed tools (${ids}), which OpenClaw 2026.9.6 no longer reads; move them into the AGENTS.md \`## Tools\` section (\`openclaw doctor --fix\` moves TOOLS.md under "Local notes (migrated from TOOLS.md)", which is not evaluated) and remove TOOLS.md. Every tool call is blocked until then.`,
        ruleId: RULE_ADDRESS.legacyTools,
    };
}
function toolsById(declarations, document) {
    const byId = new Map();
    for (const declaration of declarations) {
        const descriptor = descriptorOf(declaration, document);
        const list = byId.get(declaration.id);
        if (list === undefined)
            byId.set(declaration.id, [descriptor]);
        else
            list.push(descriptor);
    }
    return byId;
}
/** The tools family's evidence entry for a declaration, with its source in the tool document. */
function descriptorOf(declaration, document) {
    const descriptor = toolEvidence(declaration);
    // Same keys in the same order (the spread keeps `source` in place), AGENTS.md's address.
    return document === 'TOOLS.md'
        ? descriptor
        : { ...descriptor, source: `oc://AGENTS.md/tools/${declaration.id}` };
}

;// CONCATENATED MODULE: ./lib/runtime/decide-tool-call.js
// The runtime tool gate (SPEC.md §6): one tool call, decided from a prepared workspace. Pure.
// Order: gate off → no decision; the policy itself blocks (missing, unparseable, malformed,
// expectedHash, expectedAttestationHash — the last before any approval); undeclared tool while
// metadata is required → approval; required metadata missing or unknown → block; risk critical
// or IRREVERSIBLE_EXTERNAL → approval; else allow. Any exception becomes a block.
// 2026.9.6 adds the posture rules bearing on the call (posture-rules.ts), which win over the tool
// metadata decision when stricter (and on a tie): a block, or an approval the policy asks for.





const ALLOWED_DECISIONS = ['allow-once', 'deny'];
const IRREVERSIBLE = 'IRREVERSIBLE_EXTERNAL';
/** Decides one call. Never throws: a failure inside is a block with the reason. */
function decideToolCall(workspace, toolName, options = {}) {
    try {
        return inKeyOrder(decide(workspace, toolName, options.enforcement ?? 'as-configured'));
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return {
            outcome: 'block',
            code: 'decision_error',
            tool: String(toolName),
            reason: `Policy tool runtime failed closed: ${message}`,
            policyId: workspace.policyId,
            ruleId: RULE_ADDRESS.runtime,
        };
    }
}
/** Reads nothing: prepares `input` and decides one call (for one-shot callers such as the CLI). */
function decideToolCallFor(input, toolName, options = {}) {
    return decideToolCall(prepareRuntimeWorkspace(input), toolName, options);
}
function decide(workspace, toolName, enforcement) {
    if (typeof toolName !== 'string')
        throw new TypeError('the tool name is not a string');
    const slug = slugifyHeading(toolName);
    const base = {
        tool: toolName,
        ...(slug === '' ? {} : { toolId: slug }),
        ...(workspace.kind === 'ready' && workspace.agentId !== undefined ? { agentId: workspace.agentId } : {}),
        policyId: workspace.policyId,
    };
    if (workspace.kind === 'unusable')
        return { outcome: 'block', ...base, ...workspace.block };
    const id = slug === '' ? toolName : slug;
    const target = workspace.toolsDocument === 'TOOLS.md' ? toolAddress(id) : `oc://${workspace.toolsDocument}/tools/${id}`;
    if (enforcement === 'as-configured' && workspace.offReason !== undefined) {
        return {
            outcome: 'none',
            code: 'runtime_gate_off',
            ...base,
            reason: workspace.offReason,
            ruleId: workspace.gateRule,
        };
    }
    const metadata = { ...workspace.metadata, target };
    if (workspace.block !== undefined)
        return { outcome: 'block', ...base, ...workspace.block, metadata };
    const declarations = slug === '' ? undefined : workspace.tools.get(slug);
    const document = workspace.toolsDocument;
    // Posture first, so that on a tie its decision (naming the rule that bears on this tool) wins.
    const decisions = workspace.posture
        .filter((rule) => rule.bearsOn(toolName))
        .map((rule) => postureDecision(rule, toolName, base, declarations?.[0], metadata));
    if (declarations === undefined) {
        if (workspace.required.size === 0) {
            decisions.push({
                outcome: 'allow',
                code: 'allowed',
                ...base,
                reason: `'${toolName}' is not declared in ${document}, and the policy requires no tool metadata.`,
                ruleId: workspace.gateRule,
                metadata,
            });
        }
        else {
            decisions.push({
                outcome: 'require-approval',
                code: 'undeclared_tool',
                ...base,
                reason: `Policy requires tool metadata, but '${toolName}' is not declared in ${document}.`,
                ruleId: requireMetadataAddress(workspace),
                approval: approval('Review undeclared tool', `Policy requires tool metadata, but '${toolName}' is not declared in ${document}.`, 'warning'),
                metadata,
            });
        }
    }
    else {
        // A tool declared twice gets the strictest of its declarations (OpenClaw uses the first).
        decisions.push(...declarations.map((descriptor) => declaredToolDecision(workspace, toolName, descriptor, base)));
    }
    return decisions.reduce((strictest, next) => STRICTNESS[next.outcome] > STRICTNESS[strictest.outcome] ? next : strictest);
}
/** A posture rule's decision; the call's target and descriptor are the tool's, as for any decision. */
function postureDecision(rule, toolName, base, descriptor, metadata) {
    const declared = descriptor === undefined
        ? { metadata }
        : { metadata: { ...metadata, target: descriptor.source }, descriptor };
    if (rule.outcome === 'block') {
        return {
            outcome: 'block',
            code: rule.code,
            ...base,
            reason: `Policy tool runtime blocks '${toolName}': ${rule.why}`,
            ruleId: rule.ruleId,
            ...declared,
        };
    }
    const description = `${toolName} requires approval because ${rule.why}`;
    return {
        outcome: 'require-approval',
        code: rule.code,
        ...base,
        reason: description,
        ruleId: rule.ruleId,
        approval: approval('Review policy-governed tool', description, 'warning'),
        ...declared,
    };
}
const STRICTNESS = {
    none: 0,
    allow: 1,
    'require-approval': 2,
    block: 3,
};
function declaredToolDecision(workspace, toolName, descriptor, base) {
    const metadata = { ...workspace.metadata, target: descriptor.source };
    const metadataProblem = metadataBlockReason(workspace, descriptor);
    if (metadataProblem !== undefined) {
        return {
            outcome: 'block',
            ...base,
            ...metadataProblem,
            ruleId: requireMetadataAddress(workspace),
            metadata,
            descriptor,
        };
    }
    const reasons = [];
    if (descriptor.risk === 'critical')
        reasons.push('risk is critical');
    if (descriptor.capabilities?.includes(IRREVERSIBLE))
        reasons.push('it can perform irreversible external actions');
    if (reasons.length === 0) {
        return {
            outcome: 'allow',
            code: 'allowed',
            ...base,
            reason: `'${toolName}' is declared in ${workspace.toolsDocument} and needs no approval.`,
            ruleId: workspace.gateRule,
            metadata,
            descriptor,
        };
    }
    const description = `${toolName} requires approval because ${reasons.join(' and ')}.`;
    return {
        outcome: 'require-approval',
        code: 'approval_required',
        ...base,
        reason: description,
        ruleId: workspace.gateRule,
        approval: approval('Review policy-governed tool', description, descriptor.risk === 'critical' ? 'critical' : 'warning'),
        metadata,
        descriptor,
    };
}
/** OpenClaw's texts; a value is checked against the known list only when that key is required. */
function metadataBlockReason(workspace, tool) {
    const { required, toolsDocument } = workspace;
    const missing = (key) => ({
        code: 'metadata_missing',
        reason: `Policy requires ${key} metadata for '${tool.id}', but ${toolsDocument} does not declare it.`,
    });
    const unknown = (key, value) => ({
        code: 'metadata_unknown',
        reason: `Policy requires known ${key} metadata for '${tool.id}', but ${toolsDocument} declares '${value}'.`,
    });
    if (required.has('risk')) {
        if (tool.risk === undefined)
            return missing('risk');
        if (!KNOWN_RISKS.includes(tool.risk))
            return unknown('risk', tool.risk);
    }
    if (required.has('sensitivity')) {
        if (tool.sensitivity === undefined)
            return missing('sensitivity');
        if (!KNOWN_SENSITIVITIES.includes(tool.sensitivity))
            return unknown('sensitivity', tool.sensitivity);
    }
    if (required.has('owner') && tool.owner === undefined)
        return missing('owner');
    return undefined;
}
function requireMetadataAddress(workspace) {
    return `${workspace.policyId}/tools/requireMetadata`;
}
/** The same decision with its keys in the documented order (they are built by spreading). */
function inKeyOrder(decision) {
    const { outcome, code, tool, toolId, agentId, reason, policyId, ruleId, approval, metadata, descriptor } = decision;
    return {
        outcome,
        code,
        tool,
        ...(toolId === undefined ? {} : { toolId }),
        ...(agentId === undefined ? {} : { agentId }),
        reason,
        policyId,
        ruleId,
        ...(approval === undefined ? {} : { approval }),
        ...(metadata === undefined ? {} : { metadata }),
        ...(descriptor === undefined ? {} : { descriptor }),
    };
}
function approval(title, description, severity) {
    return { title, description, severity, allowedDecisions: [...ALLOWED_DECISIONS] };
}

;// CONCATENATED MODULE: ./lib/runtime/govern-tool-call.js


/** Decides one call in the sidecar vocabulary. Never throws; deny always wins. */
function governToolCall(workspace, toolName, options = {}) {
    const { accepted } = options;
    const decision = decideToolCall(workspace, toolName, {
        enforcement: accepted ? 'always' : (options.enforcement ?? 'as-configured'),
    });
    const current = workspace.kind === 'ready' ? workspace.check.attestationHash : undefined;
    const attestation = {};
    if (current !== undefined)
        attestation.current = current;
    if (accepted?.state === 'verified')
        attestation.accepted = accepted.hash;
    const expected = workspace.kind === 'ready' ? workspace.metadata.attestation.expectedHash : undefined;
    if (expected !== undefined)
        attestation.expected = expected;
    const deny = (code, reason, ruleId) => governed('deny', { ...decision, code, reason, ruleId }, attestation);
    if (accepted?.state === 'invalid') {
        return deny('accepted_attestation_invalid', `The accepted attestation cannot be used, so every tool call is denied: ${accepted.reason}`, RULE_ADDRESS.acceptedAttestation);
    }
    if (accepted !== undefined && workspace.kind === 'ready' && current !== accepted.hash) {
        return deny('attestation_stale', `The workspace's current policy attestation ${current} differs from the accepted attestation ${accepted.hash} (${accepted.path}): every tool call is denied until the change is reviewed and accepted again with \`policy-gate accept\`.`, RULE_ADDRESS.acceptedAttestation);
    }
    switch (decision.outcome) {
        case 'block':
            return governed('deny', decision, attestation);
        case 'none':
            return governed('audit_only', decision, attestation);
        case 'require-approval':
            return governed('require_approval', decision, attestation);
        case 'allow':
            if (!options.callerRequiresApproval)
                return governed('allow', decision, attestation);
            return governed('require_approval', {
                ...decision,
                code: 'caller_requires_approval',
                reason: `${toolName} requires approval because the gateway marked this call as needing approval.`,
                approval: {
                    title: 'Review policy-governed tool',
                    description: `${toolName} requires approval because the gateway marked this call as needing approval.`,
                    severity: 'warning',
                    allowedDecisions: ['allow-once', 'deny'],
                },
            }, attestation);
    }
}
function governed(action, decision, attestation) {
    const { code, reason, tool, toolId, agentId, policyId, ruleId, approval, metadata, descriptor } = decision;
    return {
        action,
        allowed: action !== 'deny',
        code,
        reason,
        tool,
        ...(toolId === undefined ? {} : { toolId }),
        ...(agentId === undefined ? {} : { agentId }),
        policyId,
        ruleId,
        ...(metadata === undefined ? {} : { target: metadata.target }),
        attestation,
        // An approval request only accompanies the action that asks for one.
        ...(action === 'require_approval' && approval !== undefined ? { approval } : {}),
        ...(metadata === undefined ? {} : { metadata }),
        ...(descriptor === undefined ? {} : { descriptor }),
    };
}

;// CONCATENATED MODULE: ./lib/runtime/sidecar-snapshot.js




// Answers are cached per tool name; names are caller input, so the cache is bounded.
const MAX_CACHED_ANSWERS = 8192;
/**
 * `acceptedDeclarations`: the fingerprint of the tool declarations held as accepted
 * (accepted-declarations.ts); when given and the pass's differ, every call is denied as stale.
 */
function settledSnapshot(seq, pass, fingerprints, acceptedDeclarations) {
    const prepared = prepare_workspace_prepareRuntimeWorkspace(pass.input);
    const { accepted } = pass;
    const current = toolDeclarationsFingerprint(pass.input);
    const changed = acceptedDeclarations !== undefined && current !== undefined && current !== acceptedDeclarations
        ? declarationsChangedReason(pass.input, accepted.path)
        : undefined;
    const readiness = readinessOf(prepared, accepted);
    return {
        settled: true,
        seq,
        fingerprints,
        polled: pass.polled ?? new Map(),
        readiness: changed === undefined ? readiness : declarationsChangedReadiness(readiness, changed),
        answer: cachedAnswers((request) => {
            const decision = governToolCall(prepared, request.toolName, {
                accepted,
                callerRequiresApproval: request.callerRequiresApproval,
            });
            return changed === undefined ? decision : declarationsChangedDecision(decision, changed);
        }),
    };
}
/** Every call is denied: the files did not hold still long enough to be read. */
function unsettledSnapshot(seq, reason, graceMs) {
    const text = `The workspace changed and could not be read in a settled state within ${graceMs} ms (${reason}); every tool call is denied until it settles.`;
    return {
        settled: false,
        seq,
        fingerprints: new Map(),
        polled: new Map(),
        readiness: { ready: false, code: 'workspace_unsettled', reason: text, attestation: {} },
        answer: cachedAnswers((request) => ({
            action: 'deny',
            allowed: false,
            code: 'workspace_unsettled',
            reason: text,
            tool: request.toolName,
            policyId: 'oc://policy',
            ruleId: RULE_ADDRESS.workspace,
            attestation: {},
        })),
    };
}
function cachedAnswers(decide) {
    const cache = new Map();
    return (request) => {
        const key = `${request.callerRequiresApproval ? 1 : 0}${request.toolName}`;
        const cached = cache.get(key);
        if (cached !== undefined)
            return cached;
        const decision = decide(request);
        const answer = { decision, json: JSON.stringify(decision) };
        if (cache.size < MAX_CACHED_ANSWERS)
            cache.set(key, answer);
        return answer;
    };
}
/** Ready means: deciding from a workspace that matches the accepted attestation. */
function readinessOf(prepared, accepted) {
    const attestation = {};
    if (prepared.kind === 'ready')
        attestation.current = prepared.check.attestationHash;
    if (accepted.state === 'verified')
        attestation.accepted = accepted.hash;
    if (accepted.state === 'invalid')
        return { ready: false, code: 'accepted_attestation_invalid', reason: accepted.reason, attestation };
    if (prepared.kind === 'unusable') {
        const code = prepared.block.code === 'config_invalid' || prepared.block.code === 'workspace_unreadable'
            ? prepared.block.code
            : 'decision_error';
        return { ready: false, code, reason: prepared.block.reason, attestation };
    }
    if (attestation.current !== accepted.hash) {
        return {
            ready: false,
            code: 'attestation_stale',
            reason: `The workspace's current policy attestation ${attestation.current} differs from the accepted attestation ${accepted.hash} (${accepted.path}).`,
            attestation,
        };
    }
    return {
        ready: true,
        code: 'ready',
        reason: `The workspace matches the accepted attestation ${accepted.hash}.`,
        attestation,
    };
}

;// CONCATENATED MODULE: ./lib/runtime/workspace-monitor.js
// Keeps a settled snapshot of the workspace and notices changes without a restart: fs.watch on
// the directories of every file read (renames included), a periodic fingerprint check as the
// fallback, and a fingerprint check after every call arrived and before it is answered. A change
// starts a reload; until it is published, answers wait (never the old state). Inputs that are no
// file of their own (the exec-approvals row of OpenClaw's state database) are re-read on every
// poll instead, so a change there is noticed within one poll interval.






class WorkspaceMonitor {
    options;
    snapshot;
    noticeSeq = 0;
    changed = false;
    loading;
    waiters = new Set();
    watchers = new Map();
    watchedFiles = new Set();
    /** The fingerprint check shared by every call that arrived in this turn of the event loop. */
    pendingCheck;
    poller;
    /** Resolves `start` at the first published snapshot, settled or not. */
    firstPublished;
    /** A re-read of the polled inputs is in flight. */
    polling = false;
    closed = false;
    declarationsPin = new DeclarationsPin();
    constructor(options) {
        this.options = options;
    }
    /**
     * Reads the first snapshot (settled, or unsettled after the grace) and starts watching. Files
     * that never hold still do not keep it waiting: the deny-everything snapshot is published after
     * the grace, and reading goes on in the background.
     */
    async start() {
        const published = new Promise((resolve) => (this.firstPublished = resolve));
        this.noticeChange();
        await Promise.race([published, this.loading]);
        this.poller = setInterval(() => {
            if (this.loading !== undefined || this.snapshot === undefined)
                return;
            if (!this.fingerprintsMatch(this.snapshot))
                this.noticeChange();
            else
                void this.pollInputs(this.snapshot);
        }, this.options.pollIntervalMs);
        this.poller.unref();
    }
    now() {
        return this.options.now();
    }
    current() {
        if (this.snapshot === undefined)
            throw new Error('the workspace monitor has not been started');
        return this.snapshot;
    }
    /** True when no change was noticed since the snapshot's read and its files still match it. */
    isCurrent(snapshot) {
        if (snapshot.seq !== this.noticeSeq || snapshot !== this.snapshot)
            return false;
        if (this.fingerprintsMatch(snapshot))
            return true;
        this.noticeChange();
        return false;
    }
    /**
     * `isCurrent`, checked once for all the calls that arrived in this turn of the event loop: the
     * check runs in the turn's check phase (setImmediate), after every one of them was read and
     * before any is answered, so each answer still reflects the files as they were at some moment
     * between its call's arrival and its answer. Under load one set of stat calls serves many calls.
     */
    async confirmCurrent(snapshot) {
        if (snapshot.seq !== this.noticeSeq || snapshot !== this.snapshot)
            return false;
        this.pendingCheck ??= new Promise((resolve) => setImmediate(() => {
            this.pendingCheck = undefined;
            if (this.snapshot !== undefined && this.snapshot.seq === this.noticeSeq)
                this.isCurrent(this.snapshot);
            resolve();
        }));
        await this.pendingCheck;
        // A change noticed by the check (or by a watch event meanwhile) has moved the notice counter.
        return snapshot.seq === this.noticeSeq && snapshot === this.snapshot;
    }
    /** Resolves true at the next published snapshot, false at the deadline (or on close). */
    nextPublish(deadline) {
        return new Promise((resolve) => {
            const remaining = deadline - this.now();
            if (remaining <= 0 || this.closed) {
                resolve(false);
                return;
            }
            const finish = (published) => {
                clearTimeout(timer);
                this.waiters.delete(finish);
                resolve(published);
            };
            const timer = setTimeout(() => finish(false), remaining);
            this.waiters.add(finish);
        });
    }
    /**
     * The answer for one call, from a settled snapshot that is current when it is given: after a
     * noticed change (or while the files will not hold still), the call waits for the reload, up
     * to `holdMs`, instead of being answered from the old state. If no current snapshot comes in
     * time, a denial stands and anything else becomes a `workspace_unsettled` denial.
     */
    async answer(request, holdMs) {
        const deadline = this.now() + holdMs;
        for (;;) {
            const snapshot = this.current();
            const answer = snapshot.answer(request);
            if (snapshot.settled && (await this.confirmCurrent(snapshot)))
                return answer;
            if (!(await this.nextPublish(deadline))) {
                if (answer.decision.action === 'deny')
                    return answer;
                return unsettledSnapshot(-1, 'a change was still being read when the decision was due', holdMs).answer(request);
            }
        }
    }
    /** Called on a watch event or a fingerprint change: schedules a reload. */
    noticeChange() {
        if (this.closed)
            return;
        this.noticeSeq += 1;
        this.changed = true;
        this.ensureReloading();
    }
    ensureReloading() {
        if (this.loading !== undefined || this.closed)
            return;
        this.loading = this.reloadLoop().finally(() => {
            this.loading = undefined;
            // A notice that arrived while the loop was finishing must not be lost.
            if (this.changed)
                this.ensureReloading();
        });
    }
    async close() {
        this.closed = true;
        if (this.poller !== undefined)
            clearInterval(this.poller);
        for (const watcher of this.watchers.values())
            watcher.close();
        this.watchers.clear();
        for (const waiter of [...this.waiters])
            waiter(false);
        await this.loading;
    }
    async reloadLoop() {
        const { options } = this;
        while (this.changed && !this.closed) {
            this.changed = false;
            let passSeq = this.noticeSeq;
            try {
                const result = await readSettledWorkspace({
                    readPass: () => {
                        passSeq = this.noticeSeq;
                        return readWorkspacePass(options.source);
                    },
                    fingerprint: options.fingerprint,
                    now: options.now,
                    delay,
                }, { deadline: options.now() + options.graceMs, retryDelayMs: options.retryDelayMs });
                if (result.kind === 'settled') {
                    this.publish(settledSnapshot(passSeq, result.pass, result.fingerprints, this.acceptedDeclarations(result)));
                    this.watchFiles([...result.fingerprints.keys()]);
                    continue;
                }
                this.publish(unsettledSnapshot(-1, result.reason, options.graceMs));
            }
            catch (error) {
                this.publish(unsettledSnapshot(-1, `reading failed: ${error instanceof Error ? error.message : String(error)}`, options.graceMs));
            }
            // Unsettled: keep trying until the files hold still.
            this.changed = true;
            await delay(options.retryDelayMs);
        }
    }
    /** With `pinToolDeclarations`: the declarations accepted with the accepted file this read saw. */
    acceptedDeclarations(result) {
        if (this.options.pinToolDeclarations !== true)
            return undefined;
        const acceptedText = result.pass.contents.get(this.options.source.acceptedFile) ?? '';
        return this.declarationsPin.accepted(acceptedText, toolDeclarationsFingerprint(result.pass.input));
    }
    publish(snapshot) {
        this.snapshot = snapshot;
        this.firstPublished?.();
        this.firstPublished = undefined;
        for (const waiter of [...this.waiters])
            waiter(true);
    }
    /** Re-reads the snapshot's polled inputs; a difference is a noticed change. Never rejects. */
    async pollInputs(snapshot) {
        if (snapshot.polled.size === 0 || this.polling)
            return;
        this.polling = true;
        try {
            const now = await readPolledInputs(this.options.source, snapshot.polled.keys());
            const same = now.size === snapshot.polled.size &&
                [...now].every(([key, content]) => snapshot.polled.get(key) === content);
            if (!same && snapshot === this.snapshot)
                this.noticeChange();
        }
        catch {
            // Not expected (the re-read reports failures as content); read the whole workspace again.
            this.noticeChange();
        }
        finally {
            this.polling = false;
        }
    }
    fingerprintsMatch(snapshot) {
        for (const [file, fingerprint] of snapshot.fingerprints)
            if (this.options.fingerprint(file) !== fingerprint)
                return false;
        return true;
    }
    /** Watches the directory of every file read, so creations and renames are seen too. */
    watchFiles(files) {
        if (this.closed)
            return;
        this.watchedFiles = new Set(files);
        const directories = new Set(files.map((file) => external_node_path_namespaceObject.dirname(file)));
        for (const [directory, watcher] of this.watchers) {
            if (!directories.has(directory)) {
                watcher.close();
                this.watchers.delete(directory);
            }
        }
        for (const directory of directories) {
            if (this.watchers.has(directory))
                continue;
            try {
                this.watchers.set(directory, this.options.watch(directory, (fileName) => {
                    if (fileName === undefined || this.watchedFiles.has(external_node_path_namespaceObject.join(directory, fileName)))
                        this.noticeChange();
                }));
            }
            catch {
                // No watch on this directory (missing, or no inotify): the periodic fingerprint check covers it.
                continue;
            }
        }
    }
}
function delay(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
/** fs.watch on a directory, not keeping the process alive; errors end the watch (polling remains). */
const watchDirectory = (directory, onChange) => {
    const watcher = (0,external_node_fs_namespaceObject.watch)(directory, { persistent: false }, (_event, fileName) => onChange(fileName === null ? undefined : String(fileName)));
    watcher.on('error', () => watcher.close());
    return watcher;
};

;// CONCATENATED MODULE: ./lib/plugin/config-lock-view.js
// `acceptedFrom: expectedAttestationHash`: the accepted attestation is the policy plugin's own
// lock in the OpenClaw config, not a file. The workspace monitor still decides *when* the files
// may be trusted (settled, current, never half-written); this view re-reads a published snapshot
// once, proves it read the same files (fingerprints unchanged since the publish), and decides
// with the config's hash as the accepted one. Replace it with a monitor option that takes the
// accepted attestation from the settled pass, once the runtime library offers one.




const LOCK_SETTING = 'plugins.entries.policy.config.expectedAttestationHash';
class ConfigLockViews {
    monitor;
    source;
    fingerprint;
    now;
    /** Per published snapshot; calls arriving together share one re-read. */
    views = new WeakMap();
    constructor(monitor, source, fingerprint, now) {
        this.monitor = monitor;
        this.source = source;
        this.fingerprint = fingerprint;
        this.now = now;
    }
    /** Decides one call; waits at most `holdMs` for a settled snapshot it could re-read. */
    async decide(toolName, holdMs) {
        const deadline = this.now() + holdMs;
        const request = { toolName, callerRequiresApproval: false };
        for (;;) {
            const answer = await this.monitor.answer(request, Math.max(0, deadline - this.now()));
            const snapshot = this.monitor.current();
            // Unsettled (now, or at the deadline): the monitor's own deny stands.
            if (!snapshot.settled || answer.decision.code === 'workspace_unsettled')
                return answer.decision;
            let pending = this.views.get(snapshot);
            if (pending === undefined) {
                pending = this.viewOf(snapshot);
                this.views.set(snapshot, pending);
            }
            const view = await pending;
            if (view !== undefined)
                return governToolCall(view.prepared, toolName, view.options);
            this.views.delete(snapshot);
            // The files moved between the publish and this read: let the monitor catch up, then retry.
            this.monitor.noticeChange();
            if (this.now() >= deadline)
                return unsettledDecision(toolName);
        }
    }
    async viewOf(snapshot) {
        const pass = await readWorkspacePass(this.source);
        // Files by fingerprint; inputs that are no file (OpenClaw's state database row) by content.
        const polled = pass.polled ?? new Map();
        const files = [...pass.contents.keys()].filter((file) => !polled.has(file));
        const same = files.length === snapshot.fingerprints.size &&
            files.every((file) => snapshot.fingerprints.get(file) === this.fingerprint(file)) &&
            polled.size === snapshot.polled.size &&
            [...polled].every(([key, content]) => snapshot.polled.get(key) === content);
        if (!same)
            return undefined;
        const prepared = prepare_workspace_prepareRuntimeWorkspace(pass.input);
        return { prepared, options: lockOptions(prepared) };
    }
}
/** Pure: the accepted attestation is the config's lock; none configured is a refusal. */
function lockOptions(prepared) {
    // Nothing could be evaluated: the workspace's own block says why, better than a lock complaint.
    if (prepared.kind === 'unusable')
        return { enforcement: 'always' };
    const expected = prepared.metadata.attestation.expectedHash;
    const accepted = expected === undefined
        ? {
            state: 'invalid',
            path: LOCK_SETTING,
            reason: `the policy-gate plugin takes the accepted attestation from ${LOCK_SETTING}, which the OpenClaw config does not set: set it to the attestationHash \`policy-gate accept\` printed, or set plugins.entries.policy-gate.config.acceptedFrom to attestationFile.`,
        }
        : { state: 'verified', path: LOCK_SETTING, hash: expected };
    return { accepted };
}
function unsettledDecision(toolName) {
    return {
        action: 'deny',
        allowed: false,
        code: 'workspace_unsettled',
        reason: 'The workspace changed while it was being read and no settled state could be read in time; every tool call is denied until it settles.',
        tool: toolName,
        policyId: 'oc://policy',
        ruleId: RULE_ADDRESS.workspace,
        attestation: {},
    };
}

;// CONCATENATED MODULE: ./lib/plugin/plugin-settings.js
// The OpenClaw plugin's settings (`plugins.entries.policy-gate.config`): one JSON schema, shipped
// as the manifest's `configSchema` (OpenClaw validates the config against it before the plugin
// loads and refuses the config otherwise), and the same rules applied again here, so the plugin
// never trusts a host to have done it. Pure.


/** The plugin id: the `plugins.entries.<id>` key and the manifest's `id`. */
const PLUGIN_ID = 'policy-gate';
/** The trusted tool policy's local id (declared in the manifest's `contracts.trustedToolPolicies`). */
const TRUSTED_POLICY_ID = 'accepted-attestation';
const DEFAULT_ATTESTATION_FILE = 'policy.attestation.json';
const ABSOLUTE_OR_HOME = '^(~(/|$)|/|[A-Za-z]:[\\\\/])';
const RELEASE_SHAPE = '^[0-9]{4}\\.[0-9]{1,2}\\.[0-9]{1,2}$';
/**
 * The manifest's `configSchema`. `openclaw` is checked for shape only: which releases this build
 * supports is the runtime library's list, so an unsupported one loads and blocks every call with
 * a message naming the supported releases instead of refusing the whole OpenClaw config.
 */
const PLUGIN_CONFIG_SCHEMA = {
    type: 'object',
    additionalProperties: false,
    required: ['workspace'],
    properties: {
        workspace: {
            type: 'string',
            pattern: ABSOLUTE_OR_HOME,
            description: 'The workspace directory, absolute or ~/…: the one `policy-gate accept --cwd` attested (its OpenClaw config, policy and tool declarations).',
        },
        config: {
            type: 'string',
            minLength: 1,
            description: 'The OpenClaw config file, relative to the workspace or absolute (`policy-gate --config`). Default: openclaw.jsonc, then openclaw.json in the workspace.',
        },
        policy: {
            type: 'string',
            minLength: 1,
            description: 'The policy file (`policy-gate --policy`). Default: plugins.entries.policy.config.path, then policy.jsonc.',
        },
        acceptedFrom: {
            type: 'string',
            enum: ['attestationFile', 'expectedAttestationHash'],
            default: 'attestationFile',
            description: "Where the accepted attestation comes from: the attestation file `policy-gate accept` wrote, or the policy plugin's expectedAttestationHash in the OpenClaw config.",
        },
        attestationFile: {
            type: 'string',
            minLength: 1,
            default: DEFAULT_ATTESTATION_FILE,
            description: 'The accepted attestation file, relative to the workspace or absolute.',
        },
        openclaw: {
            type: 'string',
            pattern: RELEASE_SHAPE,
            default: DEFAULT_RELEASE,
            description: 'The OpenClaw release whose policy check the attestation was accepted with (`policy-gate accept --openclaw`).',
        },
        agent: {
            type: 'string',
            minLength: 1,
            description: 'The agent whose workspace is evaluated (`policy-gate --agent`).',
        },
    },
};
/**
 * The settings from the plugin's config (as OpenClaw hands it over, defaults applied or not), or
 * the first thing wrong with it, phrased as what to change.
 */
function enforcementSettingsFrom(pluginConfig, homeDir) {
    const where = `plugins.entries.${PLUGIN_ID}.config`;
    const fail = (problem) => ({ ok: false, problem: `${where}${problem}` });
    const raw = pluginConfig ?? {};
    if (typeof raw !== 'object' || Array.isArray(raw))
        return fail(' must be an object.');
    const config = raw;
    const known = Object.keys(PLUGIN_CONFIG_SCHEMA.properties);
    const unknown = Object.keys(config).find((key) => !known.includes(key));
    if (unknown !== undefined)
        return fail(` has no setting '${unknown}' (settings: ${known.join(', ')}).`);
    const strings = {};
    for (const key of known) {
        const value = config[key];
        if (value === undefined)
            continue;
        if (typeof value !== 'string' || value.trim() === '')
            return fail(`.${key} must be a non-empty string, got ${JSON.stringify(value)}.`);
        strings[key] = value;
    }
    const workspace = strings.workspace;
    if (workspace === undefined)
        return fail('.workspace is required: the directory `policy-gate accept --cwd` attested.');
    if (!new RegExp(ABSOLUTE_OR_HOME).test(workspace))
        return fail(`.workspace must be absolute or start with ~/, got '${workspace}'.`);
    const openclaw = strings.openclaw ?? DEFAULT_RELEASE;
    if (!new RegExp(RELEASE_SHAPE).test(openclaw))
        return fail(`.openclaw must be a release such as ${DEFAULT_RELEASE}, got '${openclaw}'.`);
    const acceptedFrom = strings.acceptedFrom ?? 'attestationFile';
    if (acceptedFrom !== 'attestationFile' && acceptedFrom !== 'expectedAttestationHash')
        return fail(`.acceptedFrom must be attestationFile or expectedAttestationHash, got '${acceptedFrom}'.`);
    const root = external_node_path_namespaceObject.resolve(expandHome(workspace, homeDir));
    return {
        ok: true,
        settings: {
            workspace: root,
            ...(strings.config === undefined ? {} : { config: strings.config }),
            ...(strings.policy === undefined ? {} : { policy: strings.policy }),
            acceptedFrom,
            attestationFile: external_node_path_namespaceObject.resolve(root, expandHome(strings.attestationFile ?? DEFAULT_ATTESTATION_FILE, homeDir)),
            openclaw,
            ...(strings.agent === undefined ? {} : { agent: strings.agent }),
        },
    };
}
function expandHome(value, homeDir) {
    if (value === '~')
        return homeDir;
    return value.startsWith('~/') ? external_node_path_namespaceObject.join(homeDir, value.slice(2)) : value;
}

;// CONCATENATED MODULE: ./lib/plugin/hook-result.js
// The runtime library's decision, in the shape OpenClaw's tool-call policies return (its
// docs/plugins/hooks/tool-policy.md, `BeforeToolCallResult`): nothing to let the call run,
// `{ block, blockReason }` to refuse it, `{ requireApproval }` to ask a person through OpenClaw's
// own approval flow. The same shape serves the trusted tool policy and the before_tool_call hook.
// Pure.


function toolPolicyResult(decision) {
    switch (decision.action) {
        case 'allow':
        case 'audit_only':
            return undefined;
        case 'deny':
            return { block: true, blockReason: blockReasonOf(decision) };
        case 'require_approval': {
            const approval = decision.approval;
            // An approval without its request would be a bug upstream: refuse rather than run unasked.
            if (approval === undefined)
                return { block: true, blockReason: blockReasonOf({ ...decision, code: 'decision_error' }) };
            return {
                requireApproval: {
                    pluginId: PLUGIN_ID,
                    title: approval.title,
                    description: `${approval.description} (${PLUGIN_ID}: ${decision.code}; ${attestationText(decision)})`,
                    severity: approval.severity,
                    allowedDecisions: [...approval.allowedDecisions],
                },
            };
        }
    }
}
/**
 * What an operator (and the model) reads when a call is refused: who refused, the tool, the
 * runtime's reason, then the reason code, both attestation hashes and the rule that decided.
 */
function blockReasonOf(decision) {
    return `${PLUGIN_ID} blocked '${decision.tool}': ${decision.reason} [${decision.code}; ${attestationText(decision)}; rule ${decision.ruleId}]`;
}
function attestationText(decision) {
    const { current, accepted, expected } = decision.attestation;
    const parts = [`current attestation ${current ?? 'unknown'}`, `accepted ${accepted ?? 'unknown'}`];
    if (expected !== undefined && expected !== accepted)
        parts.push(`config lock ${expected}`);
    return parts.join(', ');
}
/** A deny for every call, in the runtime's vocabulary, for a failure outside its decisions. */
function failClosedDecision(tool, failure) {
    return {
        action: 'deny',
        allowed: false,
        code: failure.code,
        reason: failure.reason,
        tool,
        policyId: 'oc://policy',
        ruleId: failure.setting === undefined
            ? 'oc://policy/runtime'
            : configAddress('plugins', 'entries', PLUGIN_ID, 'config', failure.setting),
        attestation: {},
    };
}

;// CONCATENATED MODULE: ./lib/plugin/enforcement-point.js
// The plugin's one piece of state: the workspace as the runtime library's monitor keeps it
// (settled reads only, fs.watch plus fingerprints after every call, a deny while the files will
// not hold still), started on the first tool call so that OpenClaw's discovery loads of the
// plugin read nothing. Every failure, before or inside the runtime library, is a deny.










/** The sidecar's values (`policy-gate serve`): the same files, the same patience. */
const DEFAULT_ENFORCEMENT_TIMING = {
    graceMs: 200,
    holdMs: 250,
    pollIntervalMs: 250,
    retryDelayMs: 5,
};
const DISK_SEAMS = {
    now: () => external_node_perf_hooks_namespaceObject.performance.now(),
    readFile: readWorkspaceFile,
    fingerprint: statFingerprint,
    watch: watchDirectory,
    timing: DEFAULT_ENFORCEMENT_TIMING,
    env: process.env,
    osHome: (0,external_node_os_namespaceObject.homedir)(),
    cwd: process.cwd(),
    warn: (line) => console.warn(line),
};
class EnforcementPoint {
    seams;
    /** Why every call is denied before any file is read (settings, release), if anything. */
    problem;
    settings;
    profile;
    monitor;
    configLock;
    started;
    closed = false;
    constructor(setup, seams = DISK_SEAMS) {
        this.seams = seams;
        if (!setup.ok) {
            this.problem = { code: 'config_invalid', reason: setup.problem };
            return;
        }
        const release = releaseFor(setup.settings);
        if ('problem' in release)
            this.problem = release.problem;
        else
            this.profile = release.profile;
        this.settings = setup.settings;
    }
    /** The decision for one call, in the runtime library's vocabulary. Never rejects. */
    async decide(toolName) {
        if (this.problem !== undefined)
            return failClosedDecision(toolName, this.problem);
        try {
            const monitor = await this.ready();
            const { holdMs } = this.seams.timing;
            if (this.configLock !== undefined)
                return await this.configLock.decide(toolName, holdMs);
            return (await monitor.answer({ toolName, callerRequiresApproval: false }, holdMs)).decision;
        }
        catch (error) {
            return failClosedDecision(toolName, {
                code: 'decision_error',
                reason: `${PLUGIN_ID} failed closed: ${error instanceof Error ? error.message : String(error)}`,
            });
        }
    }
    /** Stops watching (gateway stop, plugin replaced). Calls after this are denied. */
    async close() {
        this.closed = true;
        const monitor = this.monitor;
        this.monitor = undefined;
        this.configLock = undefined;
        this.started = undefined;
        await monitor?.close();
    }
    async ready() {
        if (this.closed)
            throw new Error('the plugin instance was stopped');
        const settings = this.settings;
        if (this.monitor === undefined) {
            const { seams } = this;
            const source = workspaceSource(settings, this.profile, seams);
            const { graceMs, pollIntervalMs, retryDelayMs } = seams.timing;
            this.monitor = new WorkspaceMonitor({
                source,
                graceMs,
                pollIntervalMs,
                retryDelayMs,
                now: seams.now,
                fingerprint: seams.fingerprint,
                watch: seams.watch,
            });
            if (settings.acceptedFrom === 'expectedAttestationHash')
                this.configLock = new ConfigLockViews(this.monitor, source, seams.fingerprint, seams.now);
        }
        const monitor = this.monitor;
        // A start that failed is retried by the next call rather than remembered forever.
        this.started ??= monitor.start().catch((error) => {
            this.started = undefined;
            throw error;
        });
        await this.started;
        return monitor;
    }
}
/**
 * What the monitor reads: the workspace as `policy-gate accept --cwd … --openclaw …` read it,
 * with, for a release that reads OpenClaw's own state, the Gateway's environment as the host.
 */
function workspaceSource(settings, profile, seams) {
    return {
        root: settings.workspace,
        config: settings.config,
        policy: settings.policy,
        profile,
        ...(hostNeeded(profile) ? { host: openClawHost(settings, seams) } : {}),
        acceptedFile: settings.attestationFile,
        readFile: seams.readFile,
    };
}
function hostNeeded(profile) {
    return profile.loadedConfig || profile.agentSelection || profile.execApprovals;
}
function openClawHost(settings, seams) {
    const warned = new Set();
    return diskHost({
        // The attestation `policy-gate accept` writes is `policy check`'s.
        surface: 'policy check',
        agent: settings.agent,
        workspaceRoot: settings.workspace,
        cwd: seams.cwd,
        env: seams.env,
        osHome: seams.osHome,
        stateDirFlag: undefined,
        execApprovalsFile: undefined,
        warn: (line) => {
            if (!warned.has(line))
                seams.warn(`${PLUGIN_ID}: ${line}`);
            warned.add(line);
        },
    });
}
/** Pure: the profile the settings name, or why it cannot be enforced. */
function releaseFor(settings) {
    const release = settings.openclaw;
    const profile = releaseProfile(release);
    const fix = `set plugins.entries.${PLUGIN_ID}.config.openclaw to the release the attestation was accepted with (\`policy-gate accept --openclaw <release>\`).`;
    const problem = (setting, reason) => ({
        problem: {
            code: 'config_invalid',
            setting,
            reason: `${reason} Every tool call is denied: ${fix}`,
        },
    });
    if ('unsupported' in profile)
        return problem('openclaw', profile.unsupported);
    if (settings.agent !== undefined && !profile.agentSelection)
        return {
            problem: {
                code: 'config_invalid',
                setting: 'agent',
                reason: `plugins.entries.${PLUGIN_ID}.config.agent needs agent selection, which OpenClaw ${release} does not have: remove it. Every tool call is denied until then.`,
            },
        };
    return { profile };
}

;// CONCATENATED MODULE: ./lib/plugin/openclaw-entry.js
// The OpenClaw plugin (packages/openclaw-plugin): on every tool call, the runtime library's
// decision against the workspace's accepted attestation, as OpenClaw's tool-call policy result.
//
// Where it decides: as a *trusted tool policy*, the tier OpenClaw runs before every ordinary
// before_tool_call hook, whose block is terminal, so no other plugin's hook can let a refused call
// run or ask for approval first. OpenClaw only accepts that registration from an installed plugin
// whose entry is `enabled: true` and whose manifest declares the policy id; otherwise it drops the
// registration with a diagnostic. The before_tool_call hook (highest priority; a block there is
// sticky too) is the fallback for exactly that case: it decides only while the trusted policy has
// never been called, so a call is never decided (or an approval asked for) twice.




/** Above every other hook: its approval request, when it asks for one, is the one OpenClaw shows. */
const HOOK_PRIORITY = Number.MAX_SAFE_INTEGER;
function registerPolicyGate(api, point) {
    // Once, at Gateway start (not on every inspection or discovery load of the plugin).
    if (point.problem !== undefined && (api.registrationMode ?? 'full') === 'full')
        api.logger.error(`${PLUGIN_ID}: every tool call will be denied: ${point.problem.reason}`);
    let trustedTierActive = false;
    let fallbackAnnounced = false;
    const decide = async (toolName) => toolPolicyResult(await point.decide(toolName));
    api.registerTrustedToolPolicy?.({
        id: TRUSTED_POLICY_ID,
        description: 'Denies tool calls unless the workspace matches its accepted policy attestation, and asks for approval where the accepted policy requires it.',
        evaluate: (event) => {
            trustedTierActive = true;
            return decide(event.toolName);
        },
    });
    api.on('before_tool_call', async (event) => {
        if (trustedTierActive)
            return undefined;
        if (!fallbackAnnounced) {
            fallbackAnnounced = true;
            api.logger.warn(`${PLUGIN_ID}: OpenClaw did not run its trusted tool policy, so it decides in before_tool_call instead, after other plugins' trusted policies; set plugins.entries.${PLUGIN_ID}.enabled to true to decide first.`);
        }
        return decide(event.toolName);
    }, { priority: HOOK_PRIORITY });
    const stop = () => point.close();
    api.on('gateway_stop', stop);
    api.lifecycle?.onDispose?.(stop);
}
const openclaw_entry_plugin = {
    id: PLUGIN_ID,
    name: 'policy-gate',
    description: "Enforces the workspace's accepted policy attestation on every tool call: stale or unsettled blocks, the accepted policy's approvals go through OpenClaw's approval flow.",
    register(api) {
        // Metadata-only loads have no runtime: nothing to decide there.
        if (api.registrationMode === 'cli-metadata')
            return;
        const settings = enforcementSettingsFrom(api.pluginConfig, (0,external_node_os_namespaceObject.homedir)());
        registerPolicyGate(api, new EnforcementPoint(settings, { ...DISK_SEAMS, warn: (line) => api.logger.warn(line) }));
    },
};
/* harmony default export */ const openclaw_entry = (openclaw_entry_plugin);

var __webpack_exports__default = __webpack_exports__.A;
var __webpack_exports__registerPolicyGate = __webpack_exports__.v;
export { __webpack_exports__default as default, __webpack_exports__registerPolicyGate as registerPolicyGate };
