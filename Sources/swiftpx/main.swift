import SwiftPX

SwiftPX.main()
