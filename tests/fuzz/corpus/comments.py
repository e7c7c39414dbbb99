# only a comment
   # indented comment

#
