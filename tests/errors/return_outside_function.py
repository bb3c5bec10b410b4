# error: 'return' outside function
x = 3
return x
